import { defineMessages } from '../../i18n/messages';

/** Trends' own words (the rest are in the shared dictionary). */
export const trendsMessages = defineMessages(
  {
    from: '起始版次',
    to: '截止版次',
    range: '版次范围',
  },
  {
    from: 'From edition',
    to: 'To edition',
    range: 'Editions',
  },
);
