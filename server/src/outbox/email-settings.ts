// How this server sends email: the SMTP server (nodemailer's options or an smtp:// URL), the sender, and the web address for links.
import type { SMTPTransportOptions } from 'nodemailer';

export interface EmailSettings {
  smtp: string | SMTPTransportOptions;
  /** The From header, e.g. "BMRTS <bmrts@bangkok.go.th>". */
  from: string;
  /** The web app's address as users reach it, e.g. https://bmrts.bangkok.go.th; links are PUBLIC_URL/requests/<id>. */
  publicUrl: string;
}
