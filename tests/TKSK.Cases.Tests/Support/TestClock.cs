namespace TKSK.Cases.Tests.Support;

/// <summary>The service's clock, which a test may move forward (a deadline passes in a moment); back to real time before each test.</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Offset += by;
}
