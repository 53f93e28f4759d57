import { demoManifest } from '../../../prisma/seed/scorm/build';
import { normalisePackagePath, parseManifest } from '@/lib/scorm/manifest';
import {
  decideLaunch,
  explainIncomplete,
  parseIsoDuration,
  parseScorm12Time,
  readTrack,
  scorePercent,
} from '@/lib/scorm/rules';

describe('SCORM times', () => {
  it('reads 1.2 timespans and 2004 durations', () => {
    expect(parseScorm12Time('0001:02:03.5')).toBe(3724);
    expect(parseScorm12Time('00:00:07')).toBe(7);
    expect(parseScorm12Time('1:2:3')).toBeNull();
    expect(parseIsoDuration('PT1H2M3.4S')).toBe(3723);
    expect(parseIsoDuration('P1DT1S')).toBe(86401);
    expect(parseIsoDuration('PT')).toBeNull();
    expect(parseIsoDuration('1H')).toBeNull();
  });
});

describe('readTrack', () => {
  it('folds 1.2 passed/failed into completion and success', () => {
    const t = readTrack('SCORM_12', { core: { lesson_status: 'failed', score: { raw: '40' } } });
    expect(t).toMatchObject({ completionStatus: 'completed', successStatus: 'failed', scoreRaw: 40 });
    expect(readTrack('SCORM_12', {}).completionStatus).toBe('not attempted');
  });

  it('reads 2004 objectives with their descriptions', () => {
    const t = readTrack('SCORM_2004', {
      completion_status: 'incomplete',
      objectives: {
        '1': { id: 'b', completion_status: 'incomplete' },
        '0': { id: 'a', description: 'Intro', success_status: 'passed' },
      },
    });
    expect(t.objectives.map((o) => [o.name, o.done])).toEqual([
      ['Intro', true],
      ['B', false],
    ]);
  });
});

describe('scorePercent', () => {
  it('prefers scaled, then raw within min..max', () => {
    expect(scorePercent({ scoreScaled: 0.85, scoreRaw: 1, scoreMin: 0, scoreMax: 100 })).toBe(85);
    expect(scorePercent({ scoreScaled: null, scoreRaw: 15, scoreMin: 0, scoreMax: 20 })).toBe(75);
    expect(scorePercent({ scoreScaled: null, scoreRaw: null, scoreMin: null, scoreMax: null })).toBeNull();
  });
});

describe('decideLaunch', () => {
  const base = {
    activeAttempts: 1,
    maxAttempts: 0,
    newAttemptOnCompletion: false,
    wantsNewAttempt: false,
    highestAttemptNumber: 1,
  };
  it('resumes an unfinished attempt and reopens a finished one unless a new one is asked for', () => {
    const open = { attemptNumber: 1, completionStatus: 'incomplete', successStatus: 'unknown' };
    const done = { attemptNumber: 1, completionStatus: 'completed', successStatus: 'unknown' };
    expect(decideLaunch({ ...base, latest: null, activeAttempts: 0, highestAttemptNumber: 3 })).toEqual({
      kind: 'new',
      attemptNumber: 4,
    });
    expect(decideLaunch({ ...base, latest: open, wantsNewAttempt: true }).kind).toBe('resume');
    expect(decideLaunch({ ...base, latest: done }).kind).toBe('review');
    expect(decideLaunch({ ...base, latest: done, wantsNewAttempt: true })).toEqual({ kind: 'new', attemptNumber: 2 });
    expect(decideLaunch({ ...base, latest: done, newAttemptOnCompletion: true, maxAttempts: 1 }).kind).toBe('review');
  });
});

describe('explainIncomplete', () => {
  it('names one section alone correctly', () => {
    const reasons = explainIncomplete({
      track: {
        completionStatus: 'incomplete',
        successStatus: 'unknown',
        scoreRaw: null,
        scoreMin: null,
        scoreMax: null,
        scoreScaled: null,
        objectives: [
          { name: 'Introduction', done: true },
          { name: 'Assessment', done: false },
        ],
      },
      requireMinScore: null,
    });
    expect(reasons).toEqual(['The module reports 1 of 2 sections complete: Introduction is done; Assessment is not.']);
  });
});

describe('manifests', () => {
  it('detects the version and the launch file of both sample packages', () => {
    expect(parseManifest(demoManifest('SCORM_12'))).toMatchObject({
      version: 'SCORM_12',
      schemaVersion: '1.2',
      launchPath: 'index.html',
    });
    expect(parseManifest(demoManifest('SCORM_2004'))).toMatchObject({
      version: 'SCORM_2004',
      schemaVersion: '2004 4th Edition',
    });
  });

  it('explains manifests that cannot be played', () => {
    expect(() => parseManifest('<nope')).toThrow(/not valid XML|no <manifest>/);
    expect(() =>
      parseManifest('<manifest><metadata><schemaversion>CAM 1.1</schemaversion></metadata></manifest>'),
    ).toThrow(/SCORM 1.2 or SCORM 2004/);
    expect(() =>
      parseManifest(demoManifest('SCORM_12').replace('href="index.html"', 'href="https://evil.example/x.html"')),
    ).toThrow(/another web site/);
    expect(() => parseManifest(demoManifest('SCORM_12').replace('href="index.html"', 'href="../x.html"'))).toThrow(
      /outside/,
    );
  });

  it('normalises package paths and refuses ones that leave the package', () => {
    expect(normalisePackagePath('./a/../b/c.html')).toBe('b/c.html');
    expect(normalisePackagePath('../x')).toBeNull();
    expect(normalisePackagePath('')).toBeNull();
  });
});
