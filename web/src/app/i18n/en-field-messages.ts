// The English strings of a field's length counter; th-field-messages.ts is the Thai original.
import type { Strings } from './catalogue';
import type { thFieldMessages } from './th-field-messages';

export const enFieldMessages: Strings<typeof thFieldMessages> = {
  fieldLength: {
    count: '{{length}}/{{max}}',
    countLabel: '{{length}} of {{max}} characters',
    over: '{{over}} characters too many',
  },
};
