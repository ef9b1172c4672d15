// The English strings of the documents chosen in the create form; mirrors th-attach-on-create.ts.
export const enAttachOnCreate = {
  attachOnCreate: {
    title: 'Attachments',
    intro: 'Choose the request’s documents now; they are saved with the request (more can be attached later on its page)',
    chooseFiles: 'Files to attach',
    hint: 'PDF, images (PNG, JPEG, WebP) or spreadsheets (XLSX, ODS, XLS, CSV), at most 10 MB each and {{max}} files',
    caption: 'Files chosen',
    none: 'No file chosen',
    chosen: 'Files chosen: {{count}}',
    checking: 'Checking the file…',
    ready: 'Ready to attach',
    renamed: 'Will be saved as {{name}}, named for what it really is',
    remove: 'Take {{name}} off',
    tooMany:
      'At most {{max}} files can go with the request; the extra ones were not added (attach more on the request’s page after saving)',
    unreadable: 'This file cannot be read (it may have been moved or deleted); take it off and choose it again',
    blocked: 'A file cannot be attached: take off the files marked in red before saving',
    stillChecking: 'The files are still being checked; please wait a moment and save again',
  },
};
