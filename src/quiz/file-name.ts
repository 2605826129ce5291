/** A piece of a download's file name from any text: ASCII letters, digits and hyphens, accents
 *  dropped ("Réferral week" gives "referral-week"), at most `max` characters; empty if nothing is left. */
export function fileSlug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
