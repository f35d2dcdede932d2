using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TKSK.Cases.Infrastructure.Json;

/// <summary>
/// Enums travel as their snake_case code ("walk_in"). An unknown code is read as an undefined
/// value instead of failing the whole body, so the validator can name the field that is wrong.
/// </summary>
public sealed class SnakeCaseEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && SnakeCaseEnums.TryParse<T>(reader.GetString(), out var value))
                return value;
            reader.Skip();
            return SnakeCaseEnums.Undefined<T>();
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(SnakeCaseEnums.Code(value));
    }
}

public static class SnakeCaseEnums
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, object>> ByCode = new();

    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static IEnumerable<string> Codes<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Code(v));

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        var map = ByCode.GetOrAdd(typeof(T), _ => Enum.GetValues<T>().ToDictionary(v => Code(v), v => (object)v, StringComparer.Ordinal));
        if (code is not null && map.TryGetValue(code, out var found)) { value = (T)found; return true; }
        value = Undefined<T>();
        return false;
    }

    /// <summary>A value outside the enum, marking "a code was given but it is not one of ours".</summary>
    public static T Undefined<T>() where T : struct, Enum => (T)Enum.ToObject(typeof(T), -1);
}
