// Pure SCORM rules: read the CMI data a package commits (1.2 and 2004) into one track shape, times, scores,
// the completion facts, why an attempt is not complete yet, and which attempt a launch opens. No I/O.
import type { ActivityFacts } from '@/lib/completion/rules';

export type ScormVersionName = 'SCORM_12' | 'SCORM_2004';

export type ObjectiveTrack = {
  id: string;
  name: string;
  done: boolean;
  completionStatus: string;
  successStatus: string;
  scoreRaw: number | null;
};

export type Track = {
  completionStatus: 'completed' | 'incomplete' | 'not attempted' | 'browsed' | 'unknown';
  successStatus: 'passed' | 'failed' | 'unknown';
  scoreRaw: number | null;
  scoreMin: number | null;
  scoreMax: number | null;
  scoreScaled: number | null;
  location: string | null;
  suspendData: string | null;
  exitMode: string | null;
  sessionTimeSeconds: number;
  totalTimeSeconds: number | null;
  objectives: ObjectiveTrack[];
  interactionCount: number;
};

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asString = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function asNumber(value: unknown): number | null {
  const text = asString(value).trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** scorm-again renders CMI lists as objects keyed "0", "1", ... (or arrays): the entries in index order. */
function listEntries(value: unknown): Json[] {
  if (Array.isArray(value)) return value.map(asObject);
  const obj = asObject(value);
  return Object.keys(obj)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => asObject(obj[k]));
}

/** SCORM 1.2 CMITimespan "HHHH:MM:SS.SS" in whole seconds; null when malformed. */
export function parseScorm12Time(value: string): number | null {
  const match = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Math.round(Number(match[3]) + Number(match[4] ?? 0));
}

/** SCORM 2004 ISO 8601 duration "P[nY][nM][nD][T[nH][nM][n[.n]S]]" in whole seconds; null when malformed. */
export function parseIsoDuration(value: string): number | null {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    value.trim(),
  );
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return null;
  const [, y, mo, d, h, mi, s] = match;
  const days = Number(y ?? 0) * 365 + Number(mo ?? 0) * 30 + Number(d ?? 0);
  return Math.round(days * 86400 + Number(h ?? 0) * 3600 + Number(mi ?? 0) * 60 + Number(s ?? 0));
}

function timeOf(version: ScormVersionName, value: unknown): number | null {
  const text = asString(value);
  if (!text) return null;
  return version === 'SCORM_12' ? parseScorm12Time(text) : parseIsoDuration(text);
}

/** "your-duties" / "your_duties" → "Your duties"; the id when there is nothing to tidy. */
export function objectiveName(id: string, description = ''): string {
  if (description.trim()) return description.trim();
  const last = id.split(/[/:#]/).filter(Boolean).pop() ?? id;
  const words = last.replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

function normaliseCompletion(value: string): Track['completionStatus'] {
  if (value === 'completed' || value === 'incomplete' || value === 'not attempted' || value === 'browsed') return value;
  return 'unknown';
}

function normaliseSuccess(value: string): Track['successStatus'] {
  return value === 'passed' || value === 'failed' ? value : 'unknown';
}

/** The track a commit reports, from the `cmi` object scorm-again renders. */
export function readTrack(version: ScormVersionName, cmiInput: unknown): Track {
  const cmi = asObject(cmiInput);
  if (version === 'SCORM_12') {
    const core = asObject(cmi.core);
    const score = asObject(core.score);
    const status = asString(core.lesson_status);
    const passFail = status === 'passed' || status === 'failed';
    return {
      completionStatus: passFail ? 'completed' : normaliseCompletion(status || 'not attempted'),
      successStatus: passFail ? status : 'unknown',
      scoreRaw: asNumber(score.raw),
      scoreMin: asNumber(score.min),
      scoreMax: asNumber(score.max),
      scoreScaled: null,
      location: asString(core.lesson_location) || null,
      suspendData: asString(cmi.suspend_data) || null,
      exitMode: asString(core.exit) || null,
      sessionTimeSeconds: timeOf(version, core.session_time) ?? 0,
      totalTimeSeconds: timeOf(version, core.total_time),
      objectives: listEntries(cmi.objectives).map((o) => {
        const s = asString(o.status);
        const id = asString(o.id);
        return {
          id,
          name: objectiveName(id),
          done: s === 'completed' || s === 'passed',
          completionStatus: s === 'passed' || s === 'failed' ? 'completed' : s || 'not attempted',
          successStatus: s === 'passed' || s === 'failed' ? s : 'unknown',
          scoreRaw: asNumber(asObject(o.score).raw),
        };
      }),
      interactionCount: listEntries(cmi.interactions).length,
    };
  }
  const score = asObject(cmi.score);
  return {
    completionStatus: normaliseCompletion(asString(cmi.completion_status) || 'unknown'),
    successStatus: normaliseSuccess(asString(cmi.success_status)),
    scoreRaw: asNumber(score.raw),
    scoreMin: asNumber(score.min),
    scoreMax: asNumber(score.max),
    scoreScaled: asNumber(score.scaled),
    location: asString(cmi.location) || null,
    suspendData: asString(cmi.suspend_data) || null,
    exitMode: asString(cmi.exit) || null,
    sessionTimeSeconds: timeOf(version, cmi.session_time) ?? 0,
    totalTimeSeconds: timeOf(version, cmi.total_time),
    objectives: listEntries(cmi.objectives).map((o) => {
      const completion = asString(o.completion_status) || 'unknown';
      const success = asString(o.success_status) || 'unknown';
      const id = asString(o.id);
      return {
        id,
        name: objectiveName(id, asString(o.description)),
        done: completion === 'completed' || success === 'passed',
        completionStatus: completion,
        successStatus: success,
        scoreRaw: asNumber(asObject(o.score).raw),
      };
    }),
    interactionCount: listEntries(cmi.interactions).length,
  };
}

/** Score as a percentage: scaled (2004) first, then raw within min..max, then raw on 0..100. */
export function scorePercent(t: Pick<Track, 'scoreRaw' | 'scoreMin' | 'scoreMax' | 'scoreScaled'>): number | null {
  if (t.scoreScaled !== null) return Math.round(t.scoreScaled * 10000) / 100;
  if (t.scoreRaw === null) return null;
  const min = t.scoreMin ?? 0;
  const max = t.scoreMax ?? 100;
  if (max <= min) return t.scoreRaw;
  return Math.round(((t.scoreRaw - min) / (max - min)) * 10000) / 100;
}

export function trackFacts(
  t: Pick<Track, 'completionStatus' | 'successStatus' | 'scoreRaw' | 'scoreMin' | 'scoreMax' | 'scoreScaled'>,
): ActivityFacts {
  return {
    viewed: true,
    scorm: { completionStatus: t.completionStatus, successStatus: t.successStatus, scorePercent: scorePercent(t) },
  };
}

/** An attempt is over once the content reported it completed, passed or failed. */
export function isAttemptFinished(t: { completionStatus: string; successStatus: string }): boolean {
  return t.completionStatus === 'completed' || t.successStatus === 'passed' || t.successStatus === 'failed';
}

export type LaunchDecision =
  | { kind: 'resume'; attemptNumber: number }
  | { kind: 'new'; attemptNumber: number }
  | { kind: 'review'; attemptNumber: number; reason: string };

/**
 * Which attempt a launch opens. An unfinished attempt resumes. A finished one starts a new attempt when the
 * learner asks for one (or the package always starts afresh after completion) and attempts remain; otherwise
 * the learner reviews the last attempt, which changes nothing already recorded.
 */
export function decideLaunch(input: {
  latest: { attemptNumber: number; completionStatus: string; successStatus: string } | null;
  /** Attempts not archived (a recertification reset gives a full set again). */
  activeAttempts: number;
  maxAttempts: number;
  newAttemptOnCompletion: boolean;
  wantsNewAttempt: boolean;
  /** Highest attempt number ever used, archived attempts included. */
  highestAttemptNumber: number;
}): LaunchDecision {
  const next = input.highestAttemptNumber + 1;
  if (!input.latest) return { kind: 'new', attemptNumber: next };
  if (!isAttemptFinished(input.latest)) return { kind: 'resume', attemptNumber: input.latest.attemptNumber };
  if (!input.wantsNewAttempt && !input.newAttemptOnCompletion) {
    return {
      kind: 'review',
      attemptNumber: input.latest.attemptNumber,
      reason: 'You are reviewing your last attempt.',
    };
  }
  if (input.maxAttempts > 0 && input.activeAttempts >= input.maxAttempts) {
    return {
      kind: 'review',
      attemptNumber: input.latest.attemptNumber,
      reason: `You have used all ${input.maxAttempts} attempts, so you are reviewing your last one.`,
    };
  }
  return { kind: 'new', attemptNumber: next };
}

/** Whether a commit may be stored: its sequence number must be newer than the last one stored. */
export function isNewerCommit(storedSeq: number, incomingSeq: number): boolean {
  return incomingSeq > storedSeq;
}

function listWords(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function formatPercent(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
}

/**
 * Why an eLearning activity is not complete, in the learner's words, from what the package reported. Empty when
 * there is nothing to explain (complete, or never opened).
 */
export function explainIncomplete(input: {
  track: Pick<Track, 'completionStatus' | 'successStatus' | 'scoreRaw' | 'scoreMin' | 'scoreMax' | 'scoreScaled'> & {
    objectives: Pick<ObjectiveTrack, 'name' | 'done'>[];
  };
  requireMinScore: number | null;
}): string[] {
  const { track } = input;
  const reasons: string[] = [];
  const objectives = track.objectives;
  if (objectives.length > 0 && objectives.some((o) => !o.done)) {
    const done = objectives.filter((o) => o.done).map((o) => o.name);
    const notDone = objectives.filter((o) => !o.done).map((o) => o.name);
    const doneText = done.length > 0 ? `${listWords(done)} ${done.length === 1 ? 'is' : 'are'} done; ` : '';
    reasons.push(
      `The module reports ${done.length} of ${objectives.length} sections complete: ${doneText}` +
        `${listWords(notDone)} ${notDone.length === 1 ? 'is' : 'are'} not.`,
    );
  }
  const percent = scorePercent(track);
  if (track.successStatus === 'failed') {
    reasons.push(
      percent === null
        ? 'The module reports that you did not pass the assessment. Open it again to retake it.'
        : `The module reports that you did not pass the assessment (you scored ${formatPercent(percent)}). Open it again to retake it.`,
    );
  } else if (input.requireMinScore !== null && (percent === null || percent < input.requireMinScore)) {
    reasons.push(
      percent === null
        ? `You need a score of at least ${formatPercent(input.requireMinScore)}; the module has not reported a score yet.`
        : `You need a score of at least ${formatPercent(input.requireMinScore)}; your score is ${formatPercent(percent)}.`,
    );
  }
  if (reasons.length === 0 && !isAttemptFinished(track) && track.completionStatus !== 'not attempted') {
    reasons.push('The module reports that you have not finished it yet. Open it again to carry on where you left off.');
  }
  return reasons;
}

/** "1 h 05 min", "12 min", "40 s" for time spent in a module. */
export function formatTimeSpent(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** One status word for people: "Passed", "Failed", "Completed", "In progress", "Not started". */
export function statusLabel(t: { completionStatus: string; successStatus: string }): string {
  if (t.successStatus === 'passed') return 'Passed';
  if (t.successStatus === 'failed') return 'Failed';
  if (t.completionStatus === 'completed') return 'Completed';
  if (t.completionStatus === 'not attempted') return 'Not started';
  return 'In progress';
}
