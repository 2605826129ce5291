// Offer text as a file download. Made in the page (a Blob), so nothing is sent anywhere.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: give them a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
