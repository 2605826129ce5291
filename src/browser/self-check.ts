// Upgrades each plain-HTML self-check into one the learner answers by choosing an option. The
// verdict is written in words and marked with a symbol as well as a colour, and read out politely.

export function enhanceSelfChecks(root: ParentNode): void {
  for (const check of root.querySelectorAll<HTMLElement>('[data-self-check]:not([data-enhanced])')) {
    check.dataset.enhanced = 'true';
    const answer = Number(check.dataset.answer);
    const feedback = check.querySelector<HTMLElement>('.self-check__feedback');
    const details = check.querySelector<HTMLDetailsElement>('details');
    const items = [...check.querySelectorAll<HTMLLIElement>('[data-option]')];

    for (const item of items) {
      const index = Number(item.dataset.option);
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...item.childNodes);
      item.append(button);
      button.addEventListener('click', () => {
        const right = index === answer;
        for (const other of check.querySelectorAll<HTMLButtonElement>('[data-option] button')) {
          other.removeAttribute('data-verdict');
          other.removeAttribute('aria-pressed');
          other.querySelector('.verdict')?.remove();
        }
        button.dataset.verdict = right ? 'right' : 'wrong';
        button.setAttribute('aria-pressed', 'true');
        const mark = document.createElement('span');
        mark.className = 'verdict';
        mark.textContent = right ? '✓ Right' : '✗ Not this one';
        button.append(mark);
        if (feedback) {
          feedback.textContent = right
            ? 'Right. The explanation is open below.'
            : 'Not quite. Try another option, or read the explanation below.';
        }
        if (details && right) details.open = true;
      });
    }
  }
}
