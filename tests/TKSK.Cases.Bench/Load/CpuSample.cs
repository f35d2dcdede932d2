using System.Diagnostics;

namespace TKSK.Cases.Bench.Load;

/// <summary>A process's CPU time at one moment; the share between two samples is CPU time / (wall time × cores).</summary>
public sealed record CpuSample(TimeSpan Cpu, long WallTicks)
{
    private static readonly double TicksPerSecond = Stopwatch.Frequency;

    public static CpuSample OfThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return new CpuSample(self.TotalProcessorTime, Stopwatch.GetTimestamp());
    }

    /// <summary>From /proc/&lt;pid&gt;/stat (utime + stime, in clock ticks of 1/100 s on Linux), or null once the process is gone.</summary>
    public static CpuSample? OfProcess(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command name: field 14 (utime) and 15 (stime) of proc(5) are at 11 and 12 here.
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return new CpuSample(TimeSpan.FromSeconds(ticks / 100.0), Stopwatch.GetTimestamp());
        }
        catch (IOException) { return null; }
    }

    public double ShareSince(CpuSample start)
    {
        var wall = (WallTicks - start.WallTicks) / TicksPerSecond;
        return wall <= 0 ? 0 : (Cpu - start.Cpu).TotalSeconds / (wall * Environment.ProcessorCount);
    }

    public double ShareUntilNow() => OfThisProcess().ShareSince(this);
}
