using System.Text.Json;

namespace TKSK.Cases.Infrastructure.Json;

/// <summary>JSON as the API writes it (camelCase names, enum codes), for places outside an HTTP response that show a body to people.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new SnakeCaseEnumConverterFactory() } };
}
