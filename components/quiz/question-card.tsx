import { plainText } from '@/lib/quiz/text';

export type AttemptQuestion = {
  slot: number;
  number: number;
  type: 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'TRUE_FALSE';
  text: string;
  choices: { id: number; text: string }[];
  selectedIds: number[];
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A question with large radio or checkbox targets; the name q<slot> carries the answer. */
export function QuestionCard({ question, disabled }: { question: AttemptQuestion; disabled?: boolean }) {
  const multi = question.type === 'MULTI_CHOICE';
  const hintId = `q${question.slot}-hint`;
  return (
    <fieldset className="mb-8 border-l-4 border-[var(--brand)] bg-slate-50 p-4" aria-describedby={hintId}>
      <input type="hidden" name="slots" value={question.slot} />
      <legend className="sr-only">Question {question.number}</legend>
      <h2 className="text-xl font-bold" aria-hidden="true">
        Question {question.number}
      </h2>
      <p className="mt-2 whitespace-pre-line text-lg">{plainText(question.text)}</p>
      <p id={hintId} className="mt-2 text-slate-700">
        {multi ? 'Select all that apply.' : 'Select one answer.'}
      </p>
      <div className="mt-4 space-y-2" id={`field-q${question.slot}`}>
        {question.choices.map((choice, index) => {
          const id = `q${question.slot}-c${choice.id}`;
          return (
            <div key={choice.id} className="flex items-start gap-3">
              <input
                id={id}
                type={multi ? 'checkbox' : 'radio'}
                name={`q${question.slot}`}
                value={choice.id}
                defaultChecked={question.selectedIds.includes(choice.id)}
                disabled={disabled}
                className="mt-1 size-7 shrink-0 accent-[var(--brand)] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[var(--focus)]"
              />
              <label htmlFor={id} className="min-h-11 flex-1 cursor-pointer py-1 text-lg">
                {/* A real space, so the name is read "a. Tripping…", not "a.Tripping…". */}
                {question.type === 'TRUE_FALSE' ? null : <span>{LETTERS[index]}. </span>}
                {plainText(choice.text)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
