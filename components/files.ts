/** Files in and out of the options page: reading what a file input chose, saving what an export made. */

/** The files chosen in a file input's change event; the input is cleared so choosing the same file again fires. */
export function takeFiles(event: Event): File[] {
  const input = event.currentTarget as HTMLInputElement;
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}

/** Save generated content as a file from an extension page (a temporary blob URL, revoked shortly after). */
export function downloadFile(parts: BlobPart[], type: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
