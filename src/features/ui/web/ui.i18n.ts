/** The texts of the shared form parts (namespace `ui`). */
const da = {
  form: {
    errorSummaryTitle: 'Der er et problem',
    errorPrefix: 'Fejl:',
    networkError: 'Der er ingen forbindelse. Tjek din internetforbindelse, og prøv igen.',
    genericError: 'Der skete en fejl. Prøv igen om lidt.',
  },
};

const en: typeof da = {
  form: {
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    networkError: 'There is no connection. Check your internet connection and try again.',
    genericError: 'Something went wrong. Please try again in a moment.',
  },
};

export const uiMessages = { da, en };
