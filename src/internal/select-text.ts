/** A focus handler for a read-only field that holds something to copy: selects all of it. */
export function selectText(event: Event): void {
  (event.target as HTMLInputElement | HTMLTextAreaElement).select();
}
