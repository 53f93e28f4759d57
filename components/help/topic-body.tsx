import type { HelpContext } from '@/lib/help/queries';
import type { HelpBlock } from '@/lib/help/types';
import { HelpContacts } from './help-contacts';
import { InlineText } from './inline-text';
import { LoginOptions } from './login-options';

function Block({ block, context }: { block: HelpBlock; context: HelpContext }) {
  if (typeof block === 'string') {
    return (
      <p className="mt-4">
        <InlineText text={block} />
      </p>
    );
  }
  switch (block.kind) {
    case 'heading':
      return <h2 className="mt-8 text-2xl font-bold">{block.text}</h2>;
    case 'list':
    case 'steps': {
      const List = block.kind === 'steps' ? 'ol' : 'ul';
      return (
        <List className={`mt-4 space-y-2 pl-6 ${block.kind === 'steps' ? 'list-decimal' : 'list-disc'}`}>
          {block.items.map((item, i) => (
            <li key={i}>
              <InlineText text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'inset':
      return (
        <p className="mt-4 border-l-4 border-slate-500 pl-4 font-semibold">
          <InlineText text={block.text} />
        </p>
      );
    case 'contacts':
      return <HelpContacts context={context} />;
    case 'login-options':
      return <LoginOptions context={context} />;
  }
}

/** A topic's answer, block by block. */
export function TopicBody({ blocks, context }: { blocks: HelpBlock[]; context: HelpContext }) {
  return (
    <div className="text-lg">
      {blocks.map((block, i) => (
        <Block key={i} block={block} context={context} />
      ))}
    </div>
  );
}
