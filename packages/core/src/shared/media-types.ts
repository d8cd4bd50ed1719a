/** Media types of the files the platform makes and takes. */
export const pdfMediaType = 'application/pdf';
export const docxMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
