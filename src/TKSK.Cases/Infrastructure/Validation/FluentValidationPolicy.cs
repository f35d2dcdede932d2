using FluentValidation;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;
using TKSK.Cases.Infrastructure.Http;
using TKSK.Cases.Infrastructure.Language;

namespace TKSK.Cases.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validator of an endpoint's request body before the endpoint, and
/// answers 400 with <c>errors</c> keyed by field path when it fails. Our own small version of the
/// WolverineFx.Http.FluentValidation package, which the registry here does not serve.
/// </summary>
public sealed class FluentValidationPolicy : IHttpPolicy
{
    private static readonly HashSet<Type> Validated = typeof(FluentValidationPolicy).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true })
        .SelectMany(t => t.GetInterfaces())
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
        .Select(i => i.GetGenericArguments()[0])
        .ToHashSet();

    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.RequestType is not null && Validated.Contains(c.RequestType)))
        {
            chain.Metadata.ProducesValidationProblem();
            var method = typeof(ValidationMiddleware).GetMethod(nameof(ValidationMiddleware.ValidateAsync))!
                .MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(ValidationMiddleware), method);
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class ValidationMiddleware
{
    public static async Task<IResult> ValidateAsync<T>(IValidator<T> validator, T request)
    {
        if (request is null)
            return ProblemResults.Invalid("body", Text.T("Isi permintaan wajib diisi.", "A request body is required."));
        var result = await validator.ValidateAsync(request);
        return result.IsValid ? WolverineContinue.Result() : Results.Problem(ProblemResults.Validation(ErrorsByField(result)));
    }

    public static Dictionary<string, string[]> ErrorsByField(FluentValidation.Results.ValidationResult result) => result.Errors
        .GroupBy(e => CamelPath(e.PropertyName))
        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>"Subject.Nik" → "subject.nik", "Needs[0]" → "needs[0]": the path as the JSON body spells it.</summary>
    public static string CamelPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
