/**
 * Cells a spreadsheet would run as a formula. Papa's own `escapeFormulae: true` looks only at the
 * first character, but Excel and LibreOffice also run " =HYPERLINK(...)" (leading spaces) and
 * the full-width ＝ ＋ － ＠ that Indian-language keyboards can type. Each such cell is written
 * with a leading ' so it stays text (Papa adds the quote when this pattern matches).
 */
export const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
