import { Tag, type TagTone } from '@/components/ui/tag';
import type { SessionStatusLabel } from '@/lib/workshops/rules';

const TONES: Record<SessionStatusLabel, TagTone> = {
  'Booking open': 'green',
  'Booking full': 'orange',
  Booked: 'blue',
  'Wait-listed': 'yellow',
  Cancelled: 'red',
  'Booking not open yet': 'grey',
  'Booking closed': 'grey',
  'Session over': 'grey',
  Attended: 'green',
  'No show': 'red',
};

export function SessionStatusTag({ label }: { label: SessionStatusLabel }) {
  return <Tag tone={TONES[label]}>{label}</Tag>;
}
