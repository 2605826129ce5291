/** The site's addresses of a lesson (or one of its sections) and of a case page. */

export function lessonHref(id: string, section?: string): string {
  return `/lessons/${id}/${section ? `#${section}` : ''}`;
}

export function caseHref(id: string): string {
  return `/cases/${id}/`;
}
