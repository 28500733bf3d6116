#include "pick_buffer.h"

#include <algorithm>

namespace wb::render {

bool PickBuffer::ensureSize(GlFunctions* gl, QSize pixelSize) {
    pixelSize = pixelSize.expandedTo({1, 1});
    if (m_fbo != 0 && pixelSize == m_size) return true;
    destroy(gl);
    m_size = pixelSize;
    gl->glGenTextures(1, &m_idTexture);
    gl->glBindTexture(GL_TEXTURE_2D, m_idTexture);
    gl->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    gl->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    gl->glTexImage2D(GL_TEXTURE_2D, 0, GL_RG32UI, m_size.width(), m_size.height(), 0, GL_RG_INTEGER,
                     GL_UNSIGNED_INT, nullptr);
    gl->glBindTexture(GL_TEXTURE_2D, 0);
    gl->glGenRenderbuffers(1, &m_depth);
    gl->glBindRenderbuffer(GL_RENDERBUFFER, m_depth);
    gl->glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, m_size.width(),
                              m_size.height());
    gl->glBindRenderbuffer(GL_RENDERBUFFER, 0);
    gl->glGenFramebuffers(1, &m_fbo);
    gl->glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
    gl->glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_idTexture, 0);
    gl->glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, m_depth);
    const bool complete = gl->glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    gl->glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) destroy(gl);
    return complete;
}

void PickBuffer::begin(GlFunctions* gl, int x, int y, int radius) {
    begin(gl, QRect(x - radius, y - radius, 2 * radius + 1, 2 * radius + 1));
}

void PickBuffer::begin(GlFunctions* gl, const QRect& area) {
    gl->glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
    gl->glViewport(0, 0, m_size.width(), m_size.height());
    gl->glEnable(GL_SCISSOR_TEST);
    const QRect clipped = area.intersected(QRect(QPoint(0, 0), m_size));
    gl->glScissor(clipped.x(), clipped.y(), std::max(clipped.width(), 1),
                  std::max(clipped.height(), 1));
    const GLuint zero[4] = {0, 0, 0, 0};
    gl->glClearBufferuiv(GL_COLOR, 0, zero);
    const GLfloat far = 1.0f;
    gl->glClearBufferfv(GL_DEPTH, 0, &far);
}

PickSample PickBuffer::read(GlFunctions* gl, int x, int y) const {
    PickSample sample;
    if (x < 0 || y < 0 || x >= m_size.width() || y >= m_size.height()) return sample;
    GLuint id[2] = {0, 0};
    gl->glReadBuffer(GL_COLOR_ATTACHMENT0);
    gl->glReadPixels(x, y, 1, 1, GL_RG_INTEGER, GL_UNSIGNED_INT, id);
    gl->glReadPixels(x, y, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &sample.depth);
    sample.pickId = id[0];
    sample.face = static_cast<std::int32_t>(id[1]) - 1;
    return sample;
}

std::vector<std::array<std::uint32_t, 2>> PickBuffer::readIds(GlFunctions* gl,
                                                              const QRect& area) const {
    const QRect clipped = area.intersected(QRect(QPoint(0, 0), m_size));
    std::vector<std::array<std::uint32_t, 2>> ids(std::size_t(std::max(clipped.width(), 0)) *
                                                  std::size_t(std::max(clipped.height(), 0)));
    if (ids.empty()) return ids;
    gl->glReadBuffer(GL_COLOR_ATTACHMENT0);
    gl->glPixelStorei(GL_PACK_ALIGNMENT, 4);
    gl->glReadPixels(clipped.x(), clipped.y(), clipped.width(), clipped.height(), GL_RG_INTEGER,
                     GL_UNSIGNED_INT, ids.data());
    return ids;
}

void PickBuffer::end(GlFunctions* gl, GLuint restoreFbo) {
    gl->glDisable(GL_SCISSOR_TEST);
    gl->glBindFramebuffer(GL_FRAMEBUFFER, restoreFbo);
}

void PickBuffer::destroy(GlFunctions* gl) {
    gl->glDeleteFramebuffers(1, &m_fbo);
    gl->glDeleteTextures(1, &m_idTexture);
    gl->glDeleteRenderbuffers(1, &m_depth);
    m_fbo = m_idTexture = m_depth = 0;
    m_size = {};
}

} // namespace wb::render
