// A real SMTP server inside the test (the smtp-server package) that keeps every message it receives, parsed.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedEmail {
  /** RCPT TO of the SMTP envelope: who it was really sent to. */
  recipients: string[];
  subject: string;
  text: string;
  html: string;
  from: string;
}

export interface SmtpInbox {
  port: number;
  url: string;
  messages: ReceivedEmail[];
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a free port, or the one given); plain SMTP without TLS or authentication, as a relay inside an office would be. */
export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          messages.push({
            recipients: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            from: parsed.from?.text ?? '',
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
