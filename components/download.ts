/** Save generated content as a file from an extension page (a temporary blob URL, revoked shortly after). */
export function downloadFile(parts: BlobPart[], type: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
