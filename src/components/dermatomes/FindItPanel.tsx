/** @jsxImportSource preact */
/** Find-it mode: one question at a time, answered on the map or with the root buttons, with a score. */
import { useEffect, useRef } from 'preact/hooks';
import { rootLabel, type RootId } from '../../data/dermatomes/types.ts';
import { RootButtons } from './RootButtons.tsx';
import type { FindIt } from './use-find-it.ts';

interface Props {
  quiz: FindIt;
  headingLevel: 2 | 3;
  onAnswer: (root: RootId) => void;
  onNext: () => void;
  onRestart: () => void;
}

export function FindItPanel({ quiz, headingLevel, onAnswer, onNext, onRestart }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { question, answer, score } = quiz;
  const nextRef = useRef<HTMLButtonElement>(null);
  // After an answer, move focus to "Next question" only if focus was on an answer button (which is
  // now disabled and would drop focus to the page); a map answer keeps focus on the map.
  useEffect(() => {
    if (answer && document.activeElement instanceof HTMLButtonElement && document.activeElement.disabled) nextRef.current?.focus();
  }, [answer]);

  return (
    <div className="derm-panel derm-find" data-find={question.id}>
      <Heading className="derm-panel__title">Find it</Heading>
      <p className="derm-find__progress">
        Question {quiz.position} of {quiz.total} · <span data-score>Score: {score.right} of {score.asked}</span>
      </p>
      <p className="derm-find__prompt" data-prompt>{question.prompt}</p>
      {question.answerBy === 'map' ? (
        <p className="derm-find__how">Select the zone on the map (click, tap, or Tab to the map, arrow keys, then Enter).</p>
      ) : (
        <>
          <p className="derm-find__how">Choose a root, or select its zone on the map.</p>
          <RootButtons label="Answer" onPick={onAnswer} swatches={false} disabled={answer !== null} />
        </>
      )}
      {answer && (
        <p className={answer.correct ? 'box box--scope' : 'box box--evidence'} data-feedback={answer.correct ? 'right' : 'wrong'}>
          <strong>{answer.correct ? `✓ Right: ${rootLabel(question.answer)}.` : `✗ Not quite: you chose ${rootLabel(answer.chosen)}; the answer is ${rootLabel(question.answer)}.`}</strong>{' '}
          {question.explain}
        </p>
      )}
      <div className="derm-find__actions">
        <button type="button" className="button" ref={nextRef} onClick={onNext} disabled={!answer}>
          Next question
        </button>
        <button type="button" className="button button--quiet" onClick={onRestart}>
          Start again
        </button>
      </div>
    </div>
  );
}
