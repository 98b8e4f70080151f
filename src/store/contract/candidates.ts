/** Channels recruiters usually source from; any other label is allowed too. */
export const KNOWN_SOURCE_CHANNELS = ["BOSS直聘", "猎聘", "智联招聘", "内推", "官网"] as const;

/** A person we invite. One candidate may have several interviews. */
export interface Candidate {
  id: string;
  name: string;
  mobile: string | null;
  /** Where the candidate came from, e.g. one of {@link KNOWN_SOURCE_CHANNELS}. */
  sourceChannel: string | null;
  /** The 微信客服 external_userid, once the candidate scanned a bind code. */
  externalUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields to create a candidate; omitted optional fields are stored as null. */
export interface NewCandidate {
  name: string;
  mobile?: string | null;
  sourceChannel?: string | null;
  externalUserId?: string | null;
}

/** Fields to change; omitted fields stay as they are. */
export type CandidatePatch = Partial<NewCandidate>;

/** Candidate lookups. Filters combine with AND. */
export interface CandidateFilter {
  /** Case-insensitive substring of the name. */
  nameContains?: string;
  externalUserId?: string;
  mobile?: string;
  /** Default 100. */
  limit?: number;
}

export interface CandidateOperations {
  createCandidate(input: NewCandidate): Promise<Candidate>;
  getCandidate(id: string): Promise<Candidate | undefined>;
  /** Throws StoreNotFoundError for an unknown id. */
  updateCandidate(id: string, patch: CandidatePatch): Promise<Candidate>;
  /** Newest first. */
  findCandidates(filter: CandidateFilter): Promise<Candidate[]>;
}
