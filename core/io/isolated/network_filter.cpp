#include "network_filter.h"

#include <cerrno>
#include <cstddef>

#include <endian.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wb::core::io {

#if defined(__x86_64__)
#define WB_SECCOMP_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define WB_SECCOMP_ARCH AUDIT_ARCH_AARCH64
#endif

#ifdef WB_SECCOMP_ARCH

namespace {

// The low 32 bits of the first argument (the domain is an int).
constexpr unsigned kFirstArgLow = offsetof(seccomp_data, args[0])
#if __BYTE_ORDER == __BIG_ENDIAN
                                  + 4
#endif
    ;

constexpr sock_filter statement(unsigned short code, unsigned k) {
    return sock_filter{code, 0, 0, k};
}
constexpr sock_filter jump(unsigned short code, unsigned k, unsigned char yes, unsigned char no) {
    return sock_filter{code, yes, no, k};
}

} // namespace

bool installNetworkFilter() {
    constexpr unsigned kAllow = SECCOMP_RET_ALLOW;
    constexpr unsigned kDenySocket = SECCOMP_RET_ERRNO | EACCES;
    constexpr unsigned kDeny = SECCOMP_RET_ERRNO | EPERM;
    const sock_filter program[] = {
        // Another ABI (x86's 32-bit calls on x86-64) numbers its calls differently: refused.
        statement(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        jump(BPF_JMP | BPF_JEQ | BPF_K, WB_SECCOMP_ARCH, 1, 0),
        statement(BPF_RET | BPF_K, kDeny),
        statement(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
#if defined(__x86_64__)
        // x32 calls carry the same architecture with this bit set.
        jump(BPF_JMP | BPF_JGE | BPF_K, 0x40000000u, 0, 1),
        statement(BPF_RET | BPF_K, kDeny),
#else
        jump(BPF_JMP | BPF_JA, 0, 0, 0),
        jump(BPF_JMP | BPF_JA, 0, 0, 0),
#endif
        jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 3, 0),
        jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_socketpair, 2, 0),
        jump(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 4, 0),
        statement(BPF_RET | BPF_K, kAllow),
        // socket, socketpair: local (AF_UNIX) sockets only.
        statement(BPF_LD | BPF_W | BPF_ABS, kFirstArgLow),
        jump(BPF_JMP | BPF_JEQ | BPF_K, AF_UNIX, 0, 1),
        statement(BPF_RET | BPF_K, kAllow),
        statement(BPF_RET | BPF_K, kDenySocket),
    };
    // io_uring_setup jumps to the last statement too: EACCES, like a refused socket.
    sock_fprog fprog{static_cast<unsigned short>(sizeof program / sizeof program[0]),
                     const_cast<sock_filter*>(program)};
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
    // TSYNC: threads a library may have started already get the filter as well.
    return ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &fprog) == 0;
}

#else

bool installNetworkFilter() {
    return false;
}

#endif

} // namespace wb::core::io
