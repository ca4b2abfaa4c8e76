using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>
/// The needs workbook: a 需求 sheet with the Chinese header of <see cref="NeedColumns"/> (optionally filled with rows),
/// drop-down lists (data validation) for the enterprise column (the register's enterprises as "id 名称") and the check-item
/// column (the department's items), fed from hidden list sheets through the defined names
/// <see cref="EnterpriseListName"/> and <see cref="ItemListName"/>; a 说明 sheet explains each column.
/// </summary>
public static class NeedTemplate
{
    public const string NeedsSheet = "需求";
    public const string EnterpriseSheet = "企业列表";
    public const string ItemSheet = "检查事项列表";
    public const string HelpSheet = "说明";
    public const string EnterpriseListName = "EnterpriseList";
    public const string ItemListName = "ItemList";

    /// <summary>How many sheet rows below the header carry the drop-downs.</summary>
    public const int ValidatedRows = 2000;

    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;

    public static byte[] Write(Instance register, string department, IReadOnlyList<NeedDraftRow>? rows = null)
    {
        var enterprises = register.Enterprises.Select(e => $"{e.Id} {e.Name}").ToList();
        var items = register.CheckItems.Where(i => i.Department == department).Select(i => $"{i.Id} {i.Name}").ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            AddStyles(workbook);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var definedNames = new DefinedNames();

            var needs = AddSheet(workbook, sheets, NeedsSheet, hidden: false);
            needs.Worksheet = NeedsWorksheet(rows ?? [], enterprises.Count, items.Count);

            AddSheet(workbook, sheets, HelpSheet, hidden: false).Worksheet = HelpWorksheet(department);

            AddSheet(workbook, sheets, EnterpriseSheet, hidden: true).Worksheet = ListWorksheet(enterprises);
            if (enterprises.Count > 0) definedNames.Append(ListName(EnterpriseListName, EnterpriseSheet, enterprises.Count));
            AddSheet(workbook, sheets, ItemSheet, hidden: true).Worksheet = ListWorksheet(items);
            if (items.Count > 0) definedNames.Append(ListName(ItemListName, ItemSheet, items.Count));

            if (definedNames.HasChildren) workbook.Workbook.Append(definedNames);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The A1 column letters of a 0-based column index.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static WorksheetPart AddSheet(WorkbookPart workbook, Sheets sheets, string name, bool hidden)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name };
        if (hidden) sheet.State = SheetStateValues.Hidden;
        sheets.Append(sheet);
        return part;
    }

    private static Worksheet NeedsWorksheet(IReadOnlyList<NeedDraftRow> rows, int enterprises, int items)
    {
        var columns = NeedColumns.All;
        var views = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { TabSelected = true, WorkbookViewId = 0 });
        var cols = new Columns();
        for (var c = 0; c < columns.Count; c++)
        {
            var width = columns[c].Key is NeedColumns.Enterprise ? 36 : columns[c].Key is NeedColumns.Items ? 30 : 14;
            var numeric = columns[c].Key is NeedColumns.TimesPerYear or NeedColumns.MinGapMonths;
            cols.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true, Style = numeric ? 0 : TextStyle });
        }
        var data = new SheetData();
        data.Append(new Row(columns.Select((c, i) => Text(i, 1, c.Chinese, HeaderStyle))) { RowIndex = 1 });
        for (var r = 0; r < rows.Count; r++)
        {
            var line = (uint)r + 2;
            data.Append(new Row(columns.Select((c, i) => Value(i, line, c.Key, NeedColumns.Cell(rows[r], c.Key)))) { RowIndex = line });
        }

        var validations = new DataValidations();
        if (enterprises > 0) validations.Append(ListValidation(NeedColumns.Enterprise, EnterpriseListName, "请从列表选择名录中的企业", "Pick an enterprise of the register"));
        if (items > 0) validations.Append(ListValidation(NeedColumns.Items, ItemListName, "请选择本部门的检查事项；多个事项可用逗号分隔", "Pick a check item of this department; separate several with commas"));
        validations.Append(new DataValidation(new Formula1($"\"{DraftRows.Yes},{DraftRows.No}\""))
        {
            Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = Range(NeedColumns.Standalone),
        });
        validations.Append(new DataValidation(new Formula1("1"), new Formula2("12"))
        {
            Type = DataValidationValues.Whole, Operator = DataValidationOperatorValues.Between, AllowBlank = true, ShowErrorMessage = true,
            ErrorTitle = "每年次数", Error = "每年次数必须是 1–12 的整数", SequenceOfReferences = Range(NeedColumns.TimesPerYear),
        });
        validations.Count = (uint)validations.ChildElements.Count;
        return new Worksheet(views, cols, data, validations);
    }

    /// <summary>A drop-down over a defined name; a warning (not a stop) when the cell holds other text, so several items can be typed.</summary>
    private static DataValidation ListValidation(string column, string listName, string prompt, string englishPrompt) =>
        new(new Formula1(listName))
        {
            Type = DataValidationValues.List, AllowBlank = true, ShowDropDown = false, ShowInputMessage = true, ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Warning, PromptTitle = NeedColumns.All.First(c => c.Key == column).Chinese,
            Prompt = Truncate(prompt + " / " + englishPrompt), SequenceOfReferences = Range(column),
        };

    private static string Truncate(string text) => text.Length <= 250 ? text : text[..250];

    private static ListValue<StringValue> Range(string column)
    {
        var letters = ColumnLetters(NeedColumns.All.ToList().FindIndex(c => c.Key == column));
        return new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{ValidatedRows + 1}" };
    }

    private static Worksheet HelpWorksheet(string department)
    {
        var data = new SheetData();
        uint line = 1;
        data.Append(new Row(Text(0, line, $"{department} 检查需求填写说明 / How to fill in the needs", HeaderStyle)) { RowIndex = line++ });
        data.Append(new Row(Text(0, line, "在“需求”表中每行填写一项需求；企业和检查事项可从下拉列表选择。", TextStyle)) { RowIndex = line++ });
        foreach (var c in NeedColumns.All)
        {
            data.Append(new Row(Text(0, line, c.Chinese, HeaderStyle), Text(1, line, c.HintChinese, TextStyle), Text(2, line, $"{c.English}: {c.HintEnglish}", TextStyle))
            { RowIndex = line++ });
        }
        return new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 16, CustomWidth = true },
            new Column { Min = 2, Max = 3, Width = 50, CustomWidth = true }), data);
    }

    private static Worksheet ListWorksheet(IReadOnlyList<string> values)
    {
        var data = new SheetData();
        for (var i = 0; i < values.Count; i++) data.Append(new Row(Text(0, (uint)i + 1, values[i], 0)) { RowIndex = (uint)i + 1 });
        return new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true }), data);
    }

    private static DefinedName ListName(string name, string sheet, int count) =>
        new() { Name = name, Text = $"'{sheet}'!$A$1:$A${count}" };

    /// <summary>Times and gap as numbers when they read as whole numbers (Excel's whole-number check accepts them); the rest as text.</summary>
    private static Cell Value(int column, uint row, string key, string value)
    {
        if (key is NeedColumns.TimesPerYear or NeedColumns.MinGapMonths && int.TryParse(value, System.Globalization.NumberStyles.Integer,
                System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return new Cell(new CellValue(number)) { CellReference = ColumnLetters(column) + row, DataType = CellValues.Number };
        }
        return Text(column, row, value, key is NeedColumns.TimesPerYear or NeedColumns.MinGapMonths ? 0 : TextStyle);
    }

    private static Cell Text(int column, uint row, string value, uint style) => new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = ColumnLetters(column) + row, DataType = CellValues.InlineString, StyleIndex = style,
    };

    /// <summary>Styles: 0 default, 1 bold header with a fill, 2 text (number format "@", so "3-6" stays text, not a date).</summary>
    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, NumberFormatId = 49, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 3 });
        styles.Stylesheet.Save();
    }
}
