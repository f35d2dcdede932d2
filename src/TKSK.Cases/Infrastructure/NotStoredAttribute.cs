using System.Text.Json.Serialization.Metadata;

namespace TKSK.Cases.Infrastructure;

/// <summary>
/// A member computed from state when it is shown (e.g. the actions valid now): answered over
/// HTTP, never written to the database, so that changing the rule changes every old case too.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotStoredAttribute : Attribute
{
    /// <summary>For the database's serializer: leaves out every member marked [NotStored].</summary>
    public static void LeaveOut(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].AttributeProvider?.IsDefined(typeof(NotStoredAttribute), inherit: false) == true)
                type.Properties.RemoveAt(i);
    }
}
