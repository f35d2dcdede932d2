// Linux only, like the service: signals, /proc and loopback ports.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
