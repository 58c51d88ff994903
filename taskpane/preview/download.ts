/** Saves `data` as a file through a blob: URL (nothing leaves the page; CSP allows blob:). */
export function download(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a sheet name: characters that file systems refuse become "_". */
export function fileNameFor(sheet: string, ext: string): string {
  return `${sheet.replace(/[\\/:*?"<>|]/g, "_").trim() || "sheet"}.${ext}`;
}
