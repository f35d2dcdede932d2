using System.Collections.Concurrent;
using FluentValidation;

namespace TKSK.Cases.Infrastructure.Validation;

/// <summary>The FluentValidation validator of any request type, for code that has the request as an object (a command turned back into its request).</summary>
public sealed class RequestValidators(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, IValidator?> _byType = new();

    /// <summary>The failures keyed by field path, or null when valid (or when nothing validates this type).</summary>
    public async Task<Dictionary<string, string[]>?> ErrorsAsync(object? request)
    {
        if (request is null) return null;
        var validator = _byType.GetOrAdd(request.GetType(), t => (IValidator?)services.GetService(typeof(IValidator<>).MakeGenericType(t)));
        if (validator is null) return null;
        var result = await validator.ValidateAsync(new ValidationContext<object>(request));
        return result.IsValid ? null : ValidationMiddleware.ErrorsByField(result);
    }
}
