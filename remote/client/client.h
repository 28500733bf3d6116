#pragma once
/// Asynchronous client of the Werkbank simulation service (no Qt, no gRPC types here).
///
/// Every call returns at once; its callback runs later on a client-owned thread (never the
/// caller's), so a GUI posts the result to its own thread (Qt::QueuedConnection). Unary calls
/// retry UNAVAILABLE with exponential backoff and carry a deadline; a watch resumes a broken
/// stream from the last sequence it saw. Errors are core::Error values with message ids
/// ("auth.bad_token", "remote.unavailable", a study field error naming the field, ...).

#include "core/model/result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wb::remote {

struct ConnectionOptions {
    /// HOST:PORT or unix:PATH. Empty: the embedded local service (a `werkbank-server` child on a
    /// private Unix socket with a random token, shared while it lives, stopped at exit).
    std::string endpoint;
    std::string token;             ///< raw bearer token
    std::string caFile;            ///< CA of the server certificate (PEM): TLS when set
    std::string certFile, keyFile; ///< client certificate and key (PEM) for mTLS
    std::chrono::milliseconds callTimeout{30000};
    std::chrono::milliseconds reconnectFor{60000}; ///< how long a watch tries to resume
    /// Embedded service: the executable ("" = $WERKBANK_SERVER, next to this program, or PATH)
    /// and its data directory ("" = $WERKBANK_DATA_DIR or ~/.local/share/werkbank/local-service).
    std::string serverExecutable;
    std::string dataDir;
    /// Embedded service: jobs that a stopped service left queued or running run again when it
    /// starts (true), or fail with "job.interrupted" (false). The first client to start the
    /// shared service decides.
    bool rerunInterrupted = true;
};

enum class JobState { Unspecified, Queued, Running, Succeeded, NotConverged, Cancelled, Failed };
const char* jobStateText(JobState state);
bool isFinished(JobState state);

struct JobInfo {
    std::string id, name, requestId;
    JobState state = JobState::Unspecified;
    std::int64_t createdUnixMs = 0;
    std::optional<std::int64_t> startedUnixMs;  ///< absent until it runs
    std::optional<std::int64_t> finishedUnixMs; ///< absent until it has finished
    std::string backend;                        ///< "cpu" or "cuda"; empty until it runs
    std::string device;                         ///< GPU name or CPU model; empty until it runs
    std::uint64_t lastSequence = 0;
    std::optional<core::Error> error; ///< set when Failed
};

/// A part of a nodal field (float64 little endian, values[node * components + c]).
struct FieldChunk {
    bool final = false;
    std::string name;
    int components = 1, iteration = 0;
    std::uint64_t totalBytes = 0, offset = 0;
    std::string data;
    /// The grid the values live on: voxels per axis (nodes are grid + 1 per axis), voxel edge
    /// and corner of voxel (0,0,0) in metres; node (i,j,k) sits at origin + voxelSize*(i,j,k).
    /// All zero only for events stored by an older server.
    int grid[3] = {0, 0, 0};
    double voxelSize = 0;
    double origin[3] = {0, 0, 0};
};

/// A part of the solid voxels' packed bits (bit v, least significant first, for voxel
/// v = i + nx*(j + ny*k)); sent once per job before its first field.
struct MaskChunk {
    std::uint64_t totalBytes = 0, offset = 0;
    std::string bits;
    int grid[3] = {0, 0, 0};
    double voxelSize = 0;
    double origin[3] = {0, 0, 0};
};

struct JobEvent {
    enum class Kind { State, Progress, Field, Log, Mask };
    std::uint64_t sequence = 0;
    std::int64_t unixMs = 0;
    Kind kind = Kind::Log;
    JobState state = JobState::Unspecified; ///< Kind::State
    std::optional<core::Error> error;       ///< Kind::State, when failed
    std::string stage;                      ///< Kind::Progress
    int iteration = 0;
    double residual = 0;
    FieldChunk field;  ///< Kind::Field
    MaskChunk mask;    ///< Kind::Mask
    std::string logId; ///< Kind::Log
    std::vector<std::string> logArgs;
};

struct ServerInfo {
    std::string version, region, jurisdiction;
    std::vector<std::string> backends;
    std::vector<std::pair<std::string, std::uint64_t>> gpus; ///< name, memory bytes
    std::uint64_t maxMessageBytes = 0, maxUploadBytes = 0, maxVoxels = 0, maxMemoryBytes = 0;
    unsigned maxConcurrentJobs = 0;
};

struct SubmitOptions {
    std::string requestId;                 ///< "" = a random one; reuse it to retry safely
    std::chrono::milliseconds deadline{0}; ///< 0 = none
    int intermediateEvery = 0;             ///< iterations; 0 = the server's default
};

/// What a failure means to a caller (CLI exit codes, GUI reactions).
enum class Failure { Invalid, NotFound, Auth, Unreachable, Cancelled, Deadline, Resources, Other };
Failure failureOf(const core::Error& error);

template <typename T> using Callback = std::function<void(core::Result<T>)>;
/// Bytes of an upload sent so far, and its total.
using UploadProgress = std::function<void(std::uint64_t sent, std::uint64_t total)>;
/// A watch's connection: true when its stream broke and it is about to try again (once per
/// failed attempt), false when a resumed stream delivers again.
using WatchRetry = std::function<void(bool retrying)>;

/// A running watch. Destroying the handle does not stop it; cancel() does.
class WatchHandle {
public:
    virtual ~WatchHandle() = default;
    /// Stops the watch; its done callback then reports Cancelled. Thread-safe.
    virtual void cancel() = 0;
};

/// Thread-safe; share one per endpoint. Destruction cancels watches and waits for callbacks.
class Client {
public:
    /// Connects lazily (no network traffic here). With an empty endpoint, starts or reuses the
    /// embedded local service (this waits up to a few seconds for the child process).
    static core::Result<std::shared_ptr<Client>> create(const ConnectionOptions& options);
    ~Client();

    /// Uploads a geometry file; done receives its geometry id. `progress` (optional) runs after
    /// each chunk has been handed to the transport.
    void uploadGeometry(const std::filesystem::path& file, Callback<std::string> done,
                        UploadProgress progress = {});
    /// Submits a study document (docs/study-format.md JSON) for an uploaded geometry.
    void submit(const std::string& studyJson, const std::string& geometryId,
                const SubmitOptions& options, Callback<JobInfo> done);
    /// Reads a study file, uploads its geometry (relative to the study's folder) and submits.
    void submitStudyFile(const std::filesystem::path& studyFile, const SubmitOptions& options,
                         Callback<JobInfo> done);
    /// Streams events with sequence >= fromSequence (1 = all), each exactly once, resuming a
    /// broken stream; done receives the job once it has finished. `retry` (optional) tells
    /// when the stream broke and is being resumed.
    std::shared_ptr<WatchHandle> watch(const std::string& jobId, std::uint64_t fromSequence,
                                       std::function<void(const JobEvent&)> onEvent,
                                       Callback<JobInfo> done, WatchRetry retry = {});
    void getJob(const std::string& jobId, Callback<JobInfo> done);
    void listJobs(Callback<std::vector<JobInfo>> done);
    void cancelJob(const std::string& jobId, Callback<JobInfo> done);
    void deleteJob(const std::string& jobId, Callback<JobInfo> done);
    /// Downloads a finished job's result folder into `dir` (created; files replaced).
    /// `chunkSize` 0 = the server's default.
    void fetchResult(const std::string& jobId, const std::filesystem::path& dir,
                     Callback<bool> done, std::uint32_t chunkSize = 0);
    void serverInfo(Callback<ServerInfo> done);
    /// The endpoint in use (the embedded service's unix: socket when none was configured).
    std::string endpoint() const;
    /// True when this client's embedded service process has exited (it does not come back:
    /// a new client starts a new one). Always false for a configured endpoint.
    bool serviceStopped() const;

    struct Impl;

private:
    explicit Client(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> m_impl;
};

} // namespace wb::remote
