// Page titles that say what and which (the root layout adds " – iLearn+"). Plain functions so the words are tested
// once and every page uses the same ones.

export const pageTitles = {
  quiz: (quiz: string, course: string) => `${quiz} – ${course}`,
  attempt: (quiz: string, page: number, pages: number) => `Attempt, page ${page} of ${pages}: ${quiz}`,
  attemptSummary: (quiz: string) => `Summary of attempt: ${quiz}`,
  attemptReview: (attemptNumber: number, quiz: string) => `Review of attempt ${attemptNumber}: ${quiz}`,
  workshop: (workshop: string) => `Sessions: ${workshop}`,
  session: (workshop: string, firstDate: string | null) =>
    firstDate ? `Session on ${firstDate}: ${workshop}` : `Session details: ${workshop}`,
  signUp: (workshop: string, waitlist: boolean) => `${waitlist ? 'Join the waitlist' : 'Sign up'}: ${workshop}`,
  findLearning: (q: string | undefined) => (q ? `Results for "${q}" – Find Learning` : 'Find Learning'),
};
