import { Tag, type TagTone } from '@/components/ui/tag';
import { plainText } from '@/lib/quiz/text';
import type { AttemptReview, ReviewOutcome } from '@/lib/quiz/review-queries';
import { formatNumber } from '@/lib/quiz/rules';

type Question = Extract<AttemptReview, { closed: true }>['questions'][number];

const OUTCOME_TONE: Record<ReviewOutcome, TagTone> = {
  Correct: 'green',
  'Partially correct': 'yellow',
  Incorrect: 'red',
  'Not answered': 'grey',
};

/** One question on the review page: the learner's answer, right or wrong, feedback and the right answer. */
export function ReviewQuestion({ question }: { question: Question }) {
  return (
    <section className="mb-8 border-l-4 border-[var(--brand)] bg-slate-50 p-4" aria-labelledby={`rq${question.slot}`}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`rq${question.slot}`} className="text-xl font-bold">
          Question {question.number}
        </h2>
        {question.outcome ? <Tag tone={OUTCOME_TONE[question.outcome]}>{question.outcome}</Tag> : null}
        {question.mark !== null ? (
          <span>
            Mark {formatNumber(question.mark)} out of {formatNumber(question.maxMark)}
          </span>
        ) : null}
      </div>
      <p className="mt-2 whitespace-pre-line text-lg">{plainText(question.text)}</p>
      <h3 className="mt-4 font-semibold">Your answer</h3>
      <ul className="mt-2 space-y-2">
        {question.choices.map((c) => (
          <li key={c.id} className={`border-2 p-2 ${c.selected ? 'border-slate-800 bg-white' : 'border-transparent'}`}>
            <span className="font-semibold">
              {c.selected ? 'Selected: ' : <span className="sr-only">Not selected: </span>}
            </span>
            {plainText(c.text)}
            {c.feedback ? <p className="mt-1 text-slate-800">{plainText(c.feedback)}</p> : null}
          </li>
        ))}
      </ul>
      {question.choices.every((c) => !c.selected) ? <p className="mt-2">You did not answer this question.</p> : null}
      {question.generalFeedback ? (
        <p className="mt-4 whitespace-pre-line">{plainText(question.generalFeedback)}</p>
      ) : null}
      {question.rightAnswer && question.rightAnswer.length > 0 ? (
        <p className="mt-4 bg-green-50 p-2">
          {question.rightAnswer.length === 1 ? 'The correct answer is: ' : 'The correct answers are: '}
          {question.rightAnswer.map(plainText).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
