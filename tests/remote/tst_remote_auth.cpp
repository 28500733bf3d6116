// The authentication matrix (tokens, TLS, mTLS, plaintext TCP) and tenant isolation.
#include "remote_fixture.h"

#include "werkbank/v1/simulation.grpc.pb.h"

#include <grpcpp/grpcpp.h>

using namespace remotetest;

namespace {

/// A raw call that sends a token over plaintext TCP (the client library refuses to).
grpc::StatusCode rawPlaintextCall(const std::string& endpoint, const std::string& token) {
    auto channel = grpc::CreateChannel(endpoint, grpc::InsecureChannelCredentials());
    auto stub = werkbank::v1::SimulationService::NewStub(channel);
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + token);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    werkbank::v1::ListJobsResponse reply;
    return stub->ListJobs(&context, werkbank::v1::ListJobsRequest(), &reply).error_code();
}

} // namespace

int main() {
    const auto dir = simtest::scratch("remote_auth");
    const std::string d = dir.string() + "/";
    SIM_CHECK(makeCertificates(dir));
    SIM_CHECK(makeCertificates(dir, "other-"));
    const fs::path study = writeCantilever(dir);
    addToken(dir / "tokens", "alice", "alice-token-1", dir / "alice.token");
    addToken(dir / "tokens", "bob", "bob-token-2", dir / "bob.token");
    simtest::writeText(dir / "wrong.token", "not-a-token\n");

    const std::vector<std::string> common = {"--tokens", d + "tokens", "--backend", "cpu"};
    auto args = [&](std::vector<std::string> a, const std::string& data) {
        a.insert(a.end(), common.begin(), common.end());
        a.insert(a.end(), {"--data-dir", d + data});
        return a;
    };
    ServerProcess tls, mtls, plain;
    SIM_CHECK(tls.start(args({"--listen", "127.0.0.1:0", "--tls-cert", d + "server.pem",
                              "--tls-key", d + "server.key"},
                             "data-tls"),
                        dir / "tls.log"));
    SIM_CHECK(mtls.start(args({"--listen", "127.0.0.1:0", "--tls-cert", d + "server.pem",
                               "--tls-key", d + "server.key", "--client-ca", d + "ca.pem"},
                              "data-mtls"),
                         dir / "mtls.log"));
    SIM_CHECK(plain.start(args({"--listen", "127.0.0.1:0"}, "data-plain"), dir / "plain.log"));

    auto jobs = [&](const std::string& endpoint, std::vector<std::string> extra) {
        std::vector<std::string> a = {"jobs", "--server", endpoint};
        a.insert(a.end(), extra.begin(), extra.end());
        return runCli(a, dir);
    };
    const std::string ca = d + "ca.pem";
    SIM_CHECK(jobs(tls.endpoint(), {"--ca-file", ca, "--token-file", d + "alice.token"}).exit == 0);
    SIM_CHECK(jobs(tls.endpoint(), {"--ca-file", ca}).exit == 5); // no token
    SIM_CHECK(jobs(tls.endpoint(), {"--ca-file", ca, "--token-file", d + "wrong.token"}).exit ==
              5); // wrong token
    SIM_CHECK(
        jobs(tls.endpoint(), {"--ca-file", d + "other-ca.pem", "--token-file", d + "alice.token"})
            .exit == 5);
    SIM_CHECK(jobs(plain.endpoint(), {"--token-file", d + "alice.token"}).exit ==
              5); // client refuses
    SIM_CHECK(rawPlaintextCall(plain.endpoint(), "alice-token-1") ==
              grpc::StatusCode::UNAUTHENTICATED);
    SIM_CHECK(jobs(mtls.endpoint(), {"--ca-file", ca, "--token-file", d + "alice.token"}).exit ==
              5); // no cert
    SIM_CHECK(jobs(mtls.endpoint(), {"--ca-file", ca, "--token-file", d + "alice.token", "--cert",
                                     d + "client.pem", "--key", d + "client.key"})
                  .exit == 0);
    SIM_CHECK(jobs("127.0.0.1:1", {"--ca-file", ca, "--token-file", d + "alice.token"}).exit ==
              6); // unreachable

    // Tenant isolation: bob cannot list, watch, fetch or cancel alice's job.
    const std::vector<std::string> alice = {"--server", tls.endpoint(), "--ca-file",
                                            ca,         "--token-file", d + "alice.token"};
    const std::vector<std::string> bob = {"--server", tls.endpoint(), "--ca-file",
                                          ca,         "--token-file", d + "bob.token"};
    auto cli = [&](std::vector<std::string> a, const std::vector<std::string>& who) {
        a.insert(a.end(), who.begin(), who.end());
        return runCli(a, dir);
    };
    CliRun submitted = cli({"submit", study.string(), "--wait", "--json"}, alice);
    SIM_CHECK(submitted.exit == 0);
    auto json = wb::sim::parseJson(submitted.out);
    const std::string id = json && json->contains("job") ? json->at("job").get<std::string>() : "";
    SIM_CHECK(id.size() == 32);
    SIM_CHECK(cli({"jobs"}, alice).out.find(id) != std::string::npos);
    SIM_CHECK(cli({"jobs"}, bob).out.find(id) == std::string::npos);
    for (const char* command : {"watch", "cancel"}) {
        CliRun r = cli({command, id}, bob);
        SIM_CHECK(r.exit == 2 && r.err.find("no such job") != std::string::npos);
    }
    CliRun fetch = cli({"fetch", id, "-o", d + "stolen"}, bob);
    SIM_CHECK(fetch.exit == 2 && !fs::exists(dir / "stolen"));
    SIM_CHECK(cli({"fetch", id, "-o", d + "mine"}, alice).exit == 0 &&
              fs::exists(dir / "mine" / "result.json"));
    if (simtest::failures()) std::cerr << readText(dir / "tls.log") << readText(dir / "mtls.log");
    wb::core::leaveNow(remotetest::finish("tst_remote_auth"));
}
