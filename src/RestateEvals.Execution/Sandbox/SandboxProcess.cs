using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace RestateEvals.Execution;

/// <summary>A process started by the sandbox: output captured (stdout lines also readable one by one), tracked by <see cref="ProcessRegistry"/>, killed on dispose.</summary>
internal sealed class SandboxProcess : IDisposable
{
    private const int MaxLog = 200_000;
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    private SandboxProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the process wrote (stdout and stderr), at most 200,000 characters.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The last <paramref name="characters"/> of <see cref="Log"/>.</summary>
    public string Tail(int characters = 3000)
    {
        var log = Log;
        return log.Length <= characters ? log : "…" + log[^characters..];
    }

    /// <summary>
    /// Starts <paramref name="file"/>. Its environment is <see cref="SandboxEnvironment.Minimal"/> plus
    /// <paramref name="environment"/>: nothing of this process's (no API keys, tokens, proxies or user variables), unless
    /// <paramref name="inheritEnvironment"/> (for <c>npm ci</c>, which needs the user's npm configuration and runs no
    /// agent code). With <paramref name="maxFileBytes"/>, on Linux and macOS, no file the process writes can grow past it
    /// (<c>ulimit -f</c>, set by <c>/bin/sh</c> before it execs the program; a write beyond fails with <c>EFBIG</c>), and
    /// it writes no core dump.
    /// </summary>
    public static SandboxProcess Start(string file, IEnumerable<string> arguments, string directory, IDictionary<string, string>? environment = null, bool inheritEnvironment = false, long? maxFileBytes = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (maxFileBytes is { } bytes && !OperatingSystem.IsWindows())
        {
            // POSIX sh counts ulimit -f in 512-byte blocks; the limit is applied to the shell, which then becomes the
            // program (without the PWD the shell would export).
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add($"ulimit -c 0 2>/dev/null; ulimit -f {NodeTools.Text((int)Math.Min(int.MaxValue, (bytes + 511) / 512))} 2>/dev/null; unset PWD; exec \"$0\" \"$@\"");
            info.ArgumentList.Add(file);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (!inheritEnvironment)
        {
            info.Environment.Clear();
            var home = environment is not null && environment.TryGetValue("HOME", out var given) ? given : Path.GetTempPath();
            foreach (var (name, value) in SandboxEnvironment.Minimal(home, file))
            {
                info.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var sandboxProcess = new SandboxProcess(process);
        process.OutputDataReceived += (_, e) => sandboxProcess.Append(e.Data, stdout: true);
        process.ErrorDataReceived += (_, e) => sandboxProcess.Append(e.Data, stdout: false);
        process.Start();
        ProcessRegistry.Track(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sandboxProcess;
    }

    /// <summary>The next stdout line, or <see langword="null"/> when the process exits first.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _lines.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Writes one line to the process's standard input.</summary>
    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Kills the process and its children at once (SIGKILL, like a crash).</summary>
    public void Kill() => ProcessRegistry.Kill(_process);

    /// <summary>Stops the process (stdin closed, then killed after 3 s) and releases it.</summary>
    public void Dispose()
    {
        ProcessRegistry.Stop(_process);
        _process.Dispose();
        // A disposed process raises no more output events, so whoever waits for a line would wait forever.
        _lines.Writer.TryComplete();
    }

    private void Append(string? line, bool stdout)
    {
        if (line is null)
        {
            if (stdout)
            {
                _lines.Writer.TryComplete();
            }

            return;
        }

        if (stdout)
        {
            _lines.Writer.TryWrite(line);
        }

        lock (_log)
        {
            if (_log.Length < MaxLog)
            {
                _log.AppendLine(line);
            }
        }
    }
}
