// Public API of @chiso/adapters/csv: curated named exports only, no logic here.
export {}
