// Placeholder so the workspace builds until this package lands; replaced by its first real commit.
export {};
