using Xunit;

namespace RestateEvals;

/// <summary>
/// Theory data with one row per case file (<c>*.json</c>, the schema of the shipped case files) in a folder of your
/// test project that is copied to the output. Derive one class per folder:
/// <c>public sealed class TeamCases() : CaseFilesData("Cases");</c> and use it with <c>[ClassData(typeof(TeamCases))]</c>.
/// </summary>
public abstract class CaseFilesData : TheoryData<EvalCaseRow>
{
    /// <summary>Rows for every <paramref name="searchPattern"/> file in <paramref name="directory"/> (relative to the test binaries, or absolute), ordered by file name.</summary>
    /// <exception cref="InvalidDataException">The folder has no case file, or a file is invalid (the message names the file and the field).</exception>
    protected CaseFilesData(string directory, string searchPattern = "*.json")
    {
        foreach (var evalCase in EvalCatalog.LoadDirectory(directory, searchPattern))
        {
            Add(EvalCaseRow.ForLoaded(evalCase));
        }
    }
}
