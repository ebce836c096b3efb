// Public API of @chiso/adapters/coinr: curated named exports only, no logic here.
export {}
