/** How `--output`'s "wrote … to <file>" line names each format: the names people know, not the flag's spelling. */
export const FORMAT_TITLES: Readonly<Record<string, string>> = {
  csv: 'CSV',
  gitlab: 'GitLab Code Quality',
  html: 'HTML',
  json: 'JSON',
  jsonl: 'JSON Lines',
  markdown: 'Markdown',
  sarif: 'SARIF',
};

export const formatTitle = (format: string): string => FORMAT_TITLES[format] ?? format;
