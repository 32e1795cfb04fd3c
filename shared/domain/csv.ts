// CSV for spreadsheets, written once for the backend's case exports and the renderer's exports of
// a selection: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so spreadsheet
// programs read Korean and other scripts correctly. Cells that a spreadsheet would run as a
// formula (=, +, -, @) are prefixed with an apostrophe.
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
