#include "client_impl.h"

#include "remote/common/error_status.h"

#include <atomic>

namespace wb::remote {

namespace v1 = werkbank::v1;

namespace {

class Watch;

/// One WatchJob call; a broken one is replaced by a new attempt from the next sequence.
class Attempt : public grpc::ClientReadReactor<v1::JobEvent> {
public:
    Attempt(std::shared_ptr<Watch> watch, std::uint64_t from);
    void OnReadDone(bool ok) override;
    void OnDone(const grpc::Status& status) override;
    grpc::ClientContext context;

private:
    std::shared_ptr<Watch> m_watch;
    v1::WatchJobRequest m_request;
    v1::JobEvent m_event;
};

/// The watch as the caller sees it: events exactly once, in order, across attempts.
class Watch : public WatchHandle, public std::enable_shared_from_this<Watch> {
public:
    Watch(Client::Impl* impl, std::string jobId, std::uint64_t from,
          std::function<void(const JobEvent&)> onEvent, Callback<JobInfo> done, WatchRetry retry)
        : impl(impl), jobId(std::move(jobId)), m_next(std::max<std::uint64_t>(from, 1)),
          m_onEvent(std::move(onEvent)), m_done(std::move(done)), m_retry(std::move(retry)) {}

    void start() {
        impl->begin();
        {
            std::lock_guard lock(impl->mutex);
            impl->watches.insert(this);
        }
        launch();
    }

    void cancel() override {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_attempt) m_attempt->context.TryCancel();
    }

    void deliver(const v1::JobEvent& event) {
        if (event.sequence() < m_next) return; // already delivered by an earlier attempt
        m_next = event.sequence() + 1;
        JobEvent e = toJobEvent(event);
        if (e.kind == JobEvent::Kind::State) {
            m_info.state = e.state;
            m_info.error = e.error;
        }
        m_info.lastSequence = e.sequence;
        m_progress = true;
        if (m_retrying.exchange(false) && m_retry) m_retry(false);
        if (m_onEvent) m_onEvent(e);
    }

    void ended(const grpc::Status& status) {
        std::unique_lock lock(m_mutex);
        m_attempt = nullptr;
        const auto now = std::chrono::steady_clock::now();
        if (m_progress)
            m_brokenSince = now, m_backoff = std::chrono::milliseconds(100), m_progress = false;
        const bool transient = status.error_code() == grpc::StatusCode::UNAVAILABLE ||
                               status.error_code() == grpc::StatusCode::INTERNAL ||
                               status.error_code() == grpc::StatusCode::UNKNOWN;
        if (!m_cancelled && transient && now - m_brokenSince < impl->options.reconnectFor) {
            const auto delay = m_backoff;
            m_backoff = std::min(m_backoff * 2, std::chrono::milliseconds(2000));
            lock.unlock();
            m_retrying = true;
            if (m_retry) m_retry(true);
            impl->scheduler->after(delay, [self = shared_from_this()] { self->launch(); });
            return;
        }
        lock.unlock();
        if (status.ok()) {
            m_info.id = jobId;
            m_done(m_info);
        } else if (m_cancelled) {
            m_done(core::fail(core::ErrorCode::Cancelled, "remote.watch_cancelled",
                              "watch cancelled"));
        } else {
            m_done(std::unexpected(impl->diagnose(status)));
        }
        finish();
    }

    Client::Impl* impl;
    const std::string jobId;

private:
    void launch() {
        std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            m_attempt = nullptr;
            impl->scheduler->after(std::chrono::milliseconds(0), [self = shared_from_this()] {
                self->m_done(core::fail(core::ErrorCode::Cancelled, "remote.watch_cancelled",
                                        "watch cancelled"));
                self->finish();
            });
            return;
        }
        m_attempt = new Attempt(shared_from_this(), m_next);
    }
    void finish() {
        {
            std::lock_guard lock(impl->mutex);
            impl->watches.erase(this);
        }
        impl->end();
    }

    std::mutex m_mutex;
    Attempt* m_attempt = nullptr;
    bool m_cancelled = false, m_progress = true;
    std::uint64_t m_next;
    std::function<void(const JobEvent&)> m_onEvent;
    Callback<JobInfo> m_done;
    WatchRetry m_retry;
    std::atomic<bool> m_retrying{false};
    JobInfo m_info;
    std::chrono::steady_clock::time_point m_brokenSince = std::chrono::steady_clock::now();
    std::chrono::milliseconds m_backoff{100};
};

Attempt::Attempt(std::shared_ptr<Watch> watch, std::uint64_t from) : m_watch(std::move(watch)) {
    m_request.set_job_id(m_watch->jobId);
    m_request.set_from_sequence(from);
    m_watch->impl->prepare(context, false);
    m_watch->impl->stub->async()->WatchJob(&context, &m_request, this);
    StartRead(&m_event);
    StartCall();
}

void Attempt::OnReadDone(bool ok) {
    if (!ok) return;
    m_watch->deliver(m_event);
    StartRead(&m_event);
}

void Attempt::OnDone(const grpc::Status& status) {
    auto watch = m_watch;
    delete this;
    watch->ended(status);
}

} // namespace

std::shared_ptr<WatchHandle> startWatch(Client::Impl* impl, const std::string& jobId,
                                        std::uint64_t fromSequence,
                                        std::function<void(const JobEvent&)> onEvent,
                                        Callback<JobInfo> done, WatchRetry retry) {
    auto watch = std::make_shared<Watch>(impl, jobId, fromSequence, std::move(onEvent),
                                         std::move(done), std::move(retry));
    watch->start();
    return watch;
}

} // namespace wb::remote
