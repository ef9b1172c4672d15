// The English words for working without a network; th-offline.ts holds the Thai.
export const enOffline = {
  offline: {
    notSent: 'You are offline. This was not sent and will not be sent later; please try again once you are connected.',
  },
};
