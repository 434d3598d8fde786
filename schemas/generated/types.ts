/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */

export type SchemaVersion = 1;
/**
 * A stable identifier: letters, digits, '-', '_' and '.', starting with a letter or digit.
 */
export type Id = string;
/**
 * A display name: one string, or one per language.
 */
export type Name = string | LocalizedText;
export type Description = string | LocalizedText;
/**
 * A stable identifier: letters, digits, '-', '_' and '.', starting with a letter or digit.
 */
export type Id1 = string;
export type VariableType = 'number' | 'string' | 'boolean' | 'date' | 'list';
/**
 * A node of a flow; `type` names its kind.
 */
export type FlowNode = {
  type: string;
} & (
  | StartNode
  | AgingNode
  | SegmentNode
  | ScorecardNode
  | DecisionTableNode
  | SplitNode
  | ConditionNode
  | SetNode
  | SmsNode
  | BotCallNode
  | AgentCallNode
  | AgencyPlacementNode
  | LegalNode
  | WaitNode
  | QaCheckNode
  | EndNode
) & {
    type: string;
  } & (
    | StartNode
    | AgingNode
    | SegmentNode
    | ScorecardNode
    | DecisionTableNode
    | SplitNode
    | ConditionNode
    | SetNode
    | SmsNode
    | BotCallNode
    | AgentCallNode
    | AgencyPlacementNode
    | LegalNode
    | WaitNode
    | QaCheckNode
    | EndNode
  );
/**
 * A CEL expression over `case.<field>` and `vars.<name>`.
 */
export type Expression = string;
/**
 * An ISO 8601 duration such as P3D, PT4H or P1DT12H (no years or months: they have no fixed length).
 */
export type Duration = string;
/**
 * A user language: simplified Chinese, traditional Chinese or English.
 */
export type Lang = 'zh' | 'zh-Hant' | 'en';
/**
 * A stable identifier: letters, digits, '-', '_' and '.', starting with a letter or digit.
 */
export type Id2 = string;
/**
 * A node of a dialog; `type` names its kind.
 */
export type DialogNode = {
  type: string;
} & (DialogStartNode | SayNode | AskNode | CollectNode | VerifyNode | TransferNode | DialogEndNode) & {
    type: string;
  } & (DialogStartNode | SayNode | AskNode | CollectNode | VerifyNode | TransferNode | DialogEndNode);
/**
 * Default category of its phrases.
 */
export type Category =
  | 'threat'
  | 'impersonation'
  | 'insult'
  | 'violence'
  | 'privacy_disclosure'
  | 'third_party_disclosure'
  | 'false_consequence'
  | 'extra_fee'
  | 'new_borrowing'
  | 'missing_identification'
  | 'missing_disclosure'
  | 'debt_before_verification'
  | 'ignored_stop_request'
  | 'ignored_dispute'
  | 'ignored_hardship'
  | 'ignored_attorney'
  | 'voicemail_content'
  | 'outside_hours'
  | 'quality';
/**
 * Default severity of its phrases.
 */
export type Severity = 'critical' | 'major' | 'minor' | 'info';
export type Category1 =
  | 'threat'
  | 'impersonation'
  | 'insult'
  | 'violence'
  | 'privacy_disclosure'
  | 'third_party_disclosure'
  | 'false_consequence'
  | 'extra_fee'
  | 'new_borrowing'
  | 'missing_identification'
  | 'missing_disclosure'
  | 'debt_before_verification'
  | 'ignored_stop_request'
  | 'ignored_dispute'
  | 'ignored_hardship'
  | 'ignored_attorney'
  | 'voicemail_content'
  | 'outside_hours'
  | 'quality';
export type Severity1 = 'critical' | 'major' | 'minor' | 'info';
export type Speaker = 'bot' | 'agent' | 'debtor' | 'third_party' | 'unknown';
export type Channel = 'voice' | 'sms' | 'email';
/**
 * HH:MM, 24-hour.
 */
export type LocalTime = string;

export interface AllSchemas {
  flow?: FlowDocument;
  dialog?: DialogDocument;
  'qa-ruleset'?: QaRulesetDocument;
  policy?: PolicyDocument;
  case?: Case;
  transcript?: Transcript;
}
/**
 * A collection strategy: a graph of decision and action nodes that every case walks. Stored in React Flow's shape.
 */
export interface FlowDocument {
  kind: 'flow';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
  tags?: string[];
  policyId?: Id1;
  /**
   * Case attributes this flow reads beyond the standard case fields.
   */
  caseFields?: VariableDeclaration[];
  /**
   * Variables the flow keeps per case (set nodes, scorecards and decision tables write them).
   */
  variables?: VariableDeclaration[];
  /**
   * @minItems 1
   */
  nodes: [FlowNode, ...FlowNode[]];
  edges: Edge[];
  /**
   * Golden examples: a case, a timeline of events and what must happen. Run by the tests and the designer's simulator.
   */
  examples?: FlowExample[];
}
/**
 * Text per language. Traditional Chinese falls back to the simplified text converted with OpenCC.
 */
export interface LocalizedText {
  zh?: string;
  'zh-Hant'?: string;
  en?: string;
}
export interface VariableDeclaration {
  name: string;
  type: VariableType;
  description?: Description;
  default?: unknown;
}
/**
 * Where every case enters the flow. Branch: next.
 */
export interface StartNode {
  id: Id;
  type: 'start';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
  };
}
/**
 * Where a node sits on the canvas.
 */
export interface Position {
  x: number;
  y: number;
}
/**
 * Routes by delinquency bucket. Buckets must cover 0 to infinity without gap or overlap; one branch per bucket id.
 */
export interface AgingNode {
  id: Id;
  type: 'aging';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    /**
     * The case field holding the days (or cycles) past due.
     */
    field?: string;
    /**
     * @minItems 1
     */
    buckets: [AgingBucket, ...AgingBucket[]];
  };
}
export interface AgingBucket {
  id: string;
  label?: Name;
  min: number;
  /**
   * Inclusive upper bound; null or absent = no upper bound.
   */
  max?: number | null;
}
/**
 * Ordered conditions; the first that holds picks its branch, else the default branch.
 */
export interface SegmentNode {
  id: Id;
  type: 'segment';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    /**
     * @minItems 1
     */
    segments: [Segment, ...Segment[]];
    default?: SegmentDefault;
  };
}
export interface Segment {
  id: string;
  label?: Name;
  condition: Expression;
}
/**
 * The branch taken when no segment matches (branch key: default).
 */
export interface SegmentDefault {
  label?: Name;
}
/**
 * A points scorecard: each characteristic's bin adds points; the total is stored in a variable. Branch: next.
 */
export interface ScorecardNode {
  id: Id;
  type: 'scorecard';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    /**
     * The variable that receives the score.
     */
    output: string;
    /**
     * Points every case starts with.
     */
    base?: number;
    /**
     * @minItems 1
     */
    characteristics: [ScorecardCharacteristic, ...ScorecardCharacteristic[]];
  };
}
export interface ScorecardCharacteristic {
  id: string;
  label?: Name;
  /**
   * The case field binned.
   */
  field: string;
  /**
   * @minItems 1
   */
  bins: [ScorecardBin, ...ScorecardBin[]];
  /**
   * Points when the field is missing or no bin matches.
   */
  missingPoints?: number;
}
export interface ScorecardBin {
  /**
   * Inclusive lower bound.
   */
  min?: number;
  /**
   * Exclusive upper bound.
   */
  max?: number;
  /**
   * For categorical fields: the values in this bin.
   */
  values?: (string | number | boolean)[];
  points: number;
}
/**
 * Rows of conditions to outputs. first: the first matching row sets the outputs; collect: every matching row appends to list outputs. Branch: next.
 */
export interface DecisionTableNode {
  id: Id;
  type: 'decision-table';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    hitPolicy: 'first' | 'collect';
    /**
     * @minItems 1
     */
    outputs: [VariableDeclaration, ...VariableDeclaration[]];
    /**
     * @minItems 1
     */
    rules: [DecisionRule, ...DecisionRule[]];
    /**
     * Output values when no row matches (first policy).
     */
    defaults?: {
      /**
       * A literal value.
       */
      [k: string]: string | number | boolean | null | unknown[] | undefined;
    };
  };
}
export interface DecisionRule {
  id: string;
  label?: Name;
  when: Expression;
  /**
   * Output variable → value.
   */
  then: {
    /**
     * A literal value.
     */
    [k: string]: string | number | boolean | null | unknown[] | undefined;
  };
}
/**
 * Champion/challenger: a deterministic percentage split by case id (the same case always takes the same branch).
 */
export interface SplitNode {
  id: Id;
  type: 'split';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    /**
     * Changes the assignment when an experiment restarts.
     */
    salt?: string;
    /**
     * @minItems 2
     */
    variants: [SplitVariant, SplitVariant, ...SplitVariant[]];
  };
}
export interface SplitVariant {
  id: string;
  label?: Name;
  percent: number;
}
/**
 * A yes/no test. Branches: true, false.
 */
export interface ConditionNode {
  id: Id;
  type: 'condition';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    condition: Expression;
  };
}
/**
 * Assigns variables and tags. Branch: next.
 */
export interface SetNode {
  id: Id;
  type: 'set';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    assignments?: Assignment[];
    addTags?: string[];
    removeTags?: string[];
  };
}
/**
 * Exactly one of value or expression.
 */
export interface Assignment {
  variable: string;
  /**
   * A literal value.
   */
  value?: string | number | boolean | null | unknown[];
  expression?: Expression;
}
/**
 * Sends an SMS in the debtor's language, after the policy's checks. Branches: sent, failed, and optionally blocked.
 */
export interface SmsNode {
  id: Id;
  type: 'sms';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    template: Template;
    sender?: string;
  };
}
/**
 * Text per language with {{variables}}.
 */
export interface Template {
  zh?: string;
  'zh-Hant'?: string;
  en?: string;
}
/**
 * An outbound voice-bot call running a dialog. One branch per call outcome handled, plus other, and optionally blocked.
 */
export interface BotCallNode {
  id: Id;
  type: 'bot-call';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    dialogId: Id;
    /**
     * @minItems 1
     */
    outcomes: [
      (
        | 'ptp'
        | 'partial_ptp'
        | 'refused'
        | 'dispute'
        | 'hardship'
        | 'wrong_number'
        | 'third_party'
        | 'callback'
        | 'no_answer'
        | 'transferred'
        | 'abusive'
        | 'stop_contact'
        | 'attorney'
        | 'deceased'
        | 'already_paid'
      ),
      ...(
        | 'ptp'
        | 'partial_ptp'
        | 'refused'
        | 'dispute'
        | 'hardship'
        | 'wrong_number'
        | 'third_party'
        | 'callback'
        | 'no_answer'
        | 'transferred'
        | 'abusive'
        | 'stop_contact'
        | 'attorney'
        | 'deceased'
        | 'already_paid'
      )[]
    ];
    /**
     * Dial attempts before the outcome is no_answer.
     */
    maxAttempts?: number;
  };
}
/**
 * Queues the case for a human agent. One branch per outcome handled, plus other, and optionally blocked.
 */
export interface AgentCallNode {
  id: Id;
  type: 'agent-call';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    queue: string;
    skill?: string;
    priority?: number;
    /**
     * @minItems 1
     */
    outcomes: [
      (
        | 'ptp'
        | 'partial_ptp'
        | 'refused'
        | 'dispute'
        | 'hardship'
        | 'wrong_number'
        | 'third_party'
        | 'callback'
        | 'no_answer'
        | 'stop_contact'
        | 'attorney'
        | 'deceased'
        | 'already_paid'
        | 'escalate'
      ),
      ...(
        | 'ptp'
        | 'partial_ptp'
        | 'refused'
        | 'dispute'
        | 'hardship'
        | 'wrong_number'
        | 'third_party'
        | 'callback'
        | 'no_answer'
        | 'stop_contact'
        | 'attorney'
        | 'deceased'
        | 'already_paid'
        | 'escalate'
      )[]
    ];
  };
}
/**
 * Places the case with an eligible agency (never one with a violation record). Branches: returned (term ended unresolved), recalled, and optionally blocked (no eligible agency).
 */
export interface AgencyPlacementNode {
  id: Id;
  type: 'agency-placement';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    /**
     * Candidate agencies, from the policy's registry.
     *
     * @minItems 1
     */
    agencyIds: [Id, ...Id[]];
    /**
     * How one eligible agency is picked; hash is deterministic per case.
     */
    selection: 'round-robin' | 'first-eligible' | 'hash';
    term: Duration;
  };
}
/**
 * Refers the case to legal action. Never for time-barred debt. Branch: next.
 */
export interface LegalNode {
  id: Id;
  type: 'legal';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    action: 'demand-letter' | 'lawsuit' | 'arbitration' | 'payment-order';
    minBalance?: number;
  };
}
/**
 * Waits: for a duration, until a date field, or for an event with a timeout. Branches: done; or event and timeout.
 */
export interface WaitNode {
  id: Id;
  type: 'wait';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    mode: 'duration' | 'until-field' | 'event';
    duration?: Duration;
    /**
     * until-field: the case field holding a date.
     */
    field?: string;
    offset?: Duration;
    /**
     * event mode: the event awaited.
     */
    event?: 'payment' | 'promise-due' | 'promise-broken' | 'inbound-contact' | 'dispute-resolved';
    timeout?: Duration;
  };
}
/**
 * Inspects the case's last call with a QA ruleset. Branches: pass, fail, review.
 */
export interface QaCheckNode {
  id: Id;
  type: 'qa-check';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    rulesetId: Id;
  };
}
/**
 * Ends the run with an outcome.
 */
export interface EndNode {
  id: Id;
  type: 'end';
  position: Position;
  data: {
    label?: Name;
    /**
     * Free notes for reviewers.
     */
    notes?: string;
    outcome:
      | 'resolved'
      | 'promise'
      | 'closed'
      | 'transferred-agency'
      | 'transferred-legal'
      | 'written-off'
      | 'exhausted'
      | 'ceased';
  };
}
/**
 * A connection in React Flow's shape. sourceHandle is the branch key of the source node.
 */
export interface Edge {
  id: Id;
  source: Id;
  sourceHandle: string;
  target: Id;
  targetHandle?: string;
  label?: Name;
}
export interface FlowExample {
  name: string;
  /**
   * A case in the interchange format.
   */
  case: {};
  /**
   * When the case enters the flow (the clock of the example).
   */
  start: string;
  events?: FlowEvent[];
  expect: {
    /**
     * Node ids visited, in order.
     */
    path?: string[];
    effects?: {
      type: string;
      node: string;
    }[];
    /**
     * The run's status at the end: waiting, ended...
     */
    status?: string;
    outcome?: string;
  };
}
/**
 * Something that happens to a case: the outcome of the action it waits on, a payment, a flag, an awaited event.
 */
export interface FlowEvent {
  at: string;
  type: 'outcome' | 'payment' | 'flag' | 'signal' | 'agency-violation';
  /**
   * outcome: the outcome key (a call outcome, sent/failed, pass/fail/review); signal: the event name.
   */
  value?: string;
  /**
   * payment: the amount paid.
   */
  amount?: number;
  /**
   * flag: the case flag raised (dispute, attorney, stop_contact...).
   */
  flag?: string;
  /**
   * agency-violation: the agency with a confirmed violation.
   */
  agencyId?: string;
}
/**
 * A voice-bot script: a graph of prompts, questions and checks, with intents and slots, and handlers for intents recognised anywhere in the call.
 */
export interface DialogDocument {
  kind: 'dialog';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
  /**
   * Every prompt has a text in each of these languages.
   *
   * @minItems 1
   */
  languages: [Lang, ...Lang[]];
  /**
   * The institution's official number, given in closings.
   */
  callbackNumber: string;
  settings?: {
    noInputTimeoutMs?: number;
    confidenceThreshold?: number;
  };
  intents: Intent[];
  slots?: Slot[];
  /**
   * Intents honoured at any point of the call, checked before the node's own.
   */
  globalIntents?: GlobalIntent[];
  /**
   * @minItems 1
   */
  nodes: [DialogNode, ...DialogNode[]];
  edges: Edge[];
}
export interface Intent {
  id: Id;
  description?: string;
  phrases: PhraseList;
  keywords?: PhraseList1;
  /**
   * Slots filled from the same utterance.
   */
  slots?: Id[];
}
/**
 * Training phrases per language.
 */
export interface PhraseList {
  zh?: string[];
  'zh-Hant'?: string[];
  en?: string[];
}
export interface PhraseList1 {
  zh?: string[];
  'zh-Hant'?: string[];
  en?: string[];
}
export interface Slot {
  id: Id;
  type: 'amount' | 'date' | 'relation' | 'callback-time' | 'hardship-type' | 'text';
}
export interface GlobalIntent {
  intent: Id;
  action: 'goto' | 'repeat' | 'end' | 'transfer';
  target?: Id2;
  /**
   * end: the call outcome.
   */
  outcome?: string;
  /**
   * transfer: the agent queue.
   */
  queue?: string;
}
/**
 * Where the call begins once the callee answers. Branch: next.
 */
export interface DialogStartNode {
  id: Id;
  type: 'start';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
  };
}
/**
 * Plays a prompt. Branch: next.
 */
export interface SayNode {
  id: Id;
  type: 'say';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    prompt: Prompt;
  };
}
export interface Prompt {
  text: Template;
  /**
   * Whether the callee's speech interrupts the prompt. A legally required disclosure must play to the end.
   */
  bargeIn: boolean;
  /**
   * What the prompt reveals. disclosure, debt and negotiation reveal that a debt exists: never before identity is verified, never to a third party.
   */
  topic:
    'greeting' | 'identification' | 'notice' | 'disclosure' | 'debt' | 'negotiation' | 'closing' | 'neutral';
}
/**
 * Plays a prompt and branches on the recognised intent; numbered reprompts on silence and on no match, then the no_input / no_match branches.
 */
export interface AskNode {
  id: Id;
  type: 'ask';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    prompt: Prompt;
    /**
     * Intent ids; each is a branch.
     *
     * @minItems 1
     */
    intents: [Id, ...Id[]];
    timeoutMs?: number;
    reprompts?: Reprompts;
  };
}
export interface Reprompts {
  /**
   * Reprompt n is played after the n-th silence; after the last, the no_input branch.
   */
  noInput?: Prompt[];
  /**
   * Reprompt n is played after the n-th unrecognised answer; after the last, the no_match branch.
   */
  noMatch?: Prompt[];
}
/**
 * Asks for a slot value, validates it, reads it back for confirmation. Branches: collected, failed.
 */
export interface CollectNode {
  id: Id;
  type: 'collect';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    slot: Id;
    prompt: Prompt;
    confirm?: Prompt;
    validation?: SlotValidation;
    timeoutMs?: number;
    maxAttempts?: number;
    reprompts?: CollectReprompts;
  };
}
export interface SlotValidation {
  min?: number;
  max?: number;
  maxDaysAhead?: number;
  /**
   * The value may not exceed this case field (e.g. balance).
   */
  maxOfField?: string;
}
export interface CollectReprompts {
  /**
   * Reprompt n is played after the n-th silence; after the last, the no_input branch.
   */
  noInput?: Prompt[];
  /**
   * Reprompt n is played after the n-th unrecognised answer; after the last, the no_match branch.
   */
  noMatch?: Prompt[];
}
/**
 * Checks the callee's identity against a case field. Branches: verified, failed (after maxAttempts).
 */
export interface VerifyNode {
  id: Id;
  type: 'verify';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    field: 'idLast4' | 'birthDate' | 'name';
    prompt: Prompt;
    retryPrompt?: Prompt;
    maxAttempts: number;
  };
}
/**
 * Hands the call to a human agent queue, keeping the context. The call leaves the bot.
 */
export interface TransferNode {
  id: Id;
  type: 'transfer';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    queue: string;
    prompt?: Prompt;
    reason?: string;
  };
}
/**
 * Ends the call with an outcome the flow branches on.
 */
export interface DialogEndNode {
  id: Id;
  type: 'end';
  position: Position;
  data: {
    label?: Name;
    notes?: string;
    outcome:
      | 'ptp'
      | 'partial_ptp'
      | 'refused'
      | 'dispute'
      | 'hardship'
      | 'wrong_number'
      | 'third_party'
      | 'callback'
      | 'no_answer'
      | 'transferred'
      | 'abusive'
      | 'stop_contact'
      | 'attorney'
      | 'deceased'
      | 'already_paid';
    prompt?: Prompt;
  };
}
/**
 * What every call and message is inspected for: lexicons of phrases, rules over them and over call metadata, and the scorecard.
 */
export interface QaRulesetDocument {
  kind: 'qa-ruleset';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
  jurisdiction?: string;
  /**
   * How text is normalised before matching (always: NFKC, case folding, traditional → simplified).
   */
  normalization?: {
    /**
     * Spaces and symbols inside a word do not break a match (坐 牢, s.u.e).
     */
    ignoreSeparators?: boolean;
    /**
     * Chinese phrases also match their homophones (做牢 for 坐牢).
     */
    pinyinHomophones?: boolean;
    /**
     * Everyday words that hold a phrase, or a phrase's homophone: nothing inside one matches (倒垃圾 holds 垃圾; 收件人 holds 件人, jiàn rén, a homophone of 贱人).
     */
    everydayWords?: string[];
    /**
     * Written shorthand read as the words it stands for, before matching (u: you, ur: your, 2day: today, 木有: 没有), so a phrase list need not spell every message's abbreviations. A Latin key is a whole word; findings still point at what was written.
     */
    shorthand?: {
      [k: string]: string | undefined;
    };
    /**
     * Characters a message writes for letters inside a word, read as those letters before matching (0: o, 3: e, @: a, $: s), so "p@ssport" and "f33" match passport and fee. Only in a word that holds a letter, and not in a shorthand key (b4); one character for one, so findings point at what was written.
     */
    lookalikes?: {
      [k: string]: string | undefined;
    };
    /**
     * Dialects written in the ruleset's language, their words read as the standard words before matching, in calls and messages alike (Cantonese 唔: 不, 佢: 他, 冇: 没有), in simplified or traditional characters. A text is read for a dialect only when it holds one of the dialect's marker characters, which the standard language does not write: 系 is 是 in 我系佢老婆 but stays 系 in 系统.
     */
    dialects?: {
      /**
       * The dialect (yue: Cantonese).
       */
      id: string;
      /**
       * Characters only the dialect writes; a text with none is not read for it.
       */
      markers: string;
      /**
       * The dialect's words and what they are in the standard language; the longest match wins (系统 before 系).
       */
      words: {
        [k: string]: string | undefined;
      };
    }[];
  };
  lexicons: Lexicon[];
  /**
   * Sentences a collector might say, labelled by the compliance team with the category they violate (null: acceptable). `learned` rules learn from them to flag wordings no phrase list foresaw.
   */
  examples?: Example[];
  /**
   * @minItems 1
   */
  rules: [Rule, ...Rule[]];
  scorecard: Scorecard;
}
export interface Lexicon {
  id: Id;
  description?: string;
  category?: Category;
  severity?: Severity;
  /**
   * @minItems 1
   */
  phrases: [Phrase, ...Phrase[]];
}
export interface Phrase {
  text: string;
  lang: Lang;
  category?: Category1;
  severity?: Severity1;
}
export interface Example {
  text: string;
  lang: Lang;
  /**
   * The category the sentence violates; null when it is acceptable. A sentence of an ignored_* category presses on after the debtor's request that category protects ("那你今天也得还" after a stop request): it is acceptable speech in itself, and only trigger-response rules learn from it.
   */
  category: Category1 | null;
  /**
   * An acceptable answer to a debtor's request that a trigger-response rule protects (stop, a lawyer, a dispute, hardship): "好的，我们会暂停催收，先核实". With the sentences of the ignored_* categories, these teach trigger-response rules with `minConfidence` what stands back and what presses on.
   */
  answersRequest?: boolean;
}
export interface Rule {
  id: Id;
  type: 'forbidden-phrase' | 'required-phrase' | 'order' | 'trigger-response' | 'metadata' | 'learned';
  category: Category1;
  severity: Severity1;
  message: LocalizedText1;
  /**
   * The channels the rule applies to (absent: all). Verification order makes no sense in an SMS.
   *
   * @minItems 1
   */
  channels?: ['voice' | 'sms' | 'chat', ...('voice' | 'sms' | 'chat')[]];
  /**
   * Whose words the rule reads (forbidden and required phrases): collectors by default.
   *
   * @minItems 1
   */
  speakers?: [Speaker, ...Speaker[]];
  /**
   * forbidden-phrase, required-phrase: the phrases looked for.
   *
   * @minItems 1
   */
  lexicons?: [Id, ...Id[]];
  /**
   * forbidden-phrase: combinations that are forbidden together though each is innocent alone: a phrase of every listed lexicon said close together ("告诉" near "你的领导", "tell" near "your boss").
   *
   * @minItems 1
   */
  near?: [Near, ...Near[]];
  except?: Except;
  /**
   * Ids of rules whose findings this rule's finding replaces in the same turn: the more specific reading stands for the sentence (a violent threat is reported as violence, not also as a threat). The finding that replaces takes the severity of the most severe finding it replaces: a sentence never costs the call less for being read more precisely.
   *
   * @minItems 1
   */
  supersedes?: [string, ...string[]];
  /**
   * required-phrase: within the collector's first N turns.
   */
  withinTurns?: number;
  /**
   * required-phrase: within the first N seconds.
   */
  withinSeconds?: number;
  first?: Matcher;
  then?: Matcher1;
  trigger?: Matcher2;
  forbiddenAfter?: Matcher3;
  /**
   * trigger-response: how many turns after the trigger are checked (absent: the rest of the call).
   */
  windowTurns?: number;
  /**
   * metadata: the measure checked.
   */
  metric?: 'start-hour' | 'silence-ratio' | 'longest-silence-ms' | 'overtalk-ms' | 'speech-rate-cpm';
  permittedHours?: {
    start: string;
    end: string;
  };
  /**
   * metadata: the finding fires above this value.
   */
  max?: number;
  /**
   * learned: how sure the model learned from `examples` must be that a sentence is of the rule's category, when that is its likeliest violation (default 0.5: more likely than acceptable speech and every other category together; lower flags more for review, higher fewer). Sentences with a negation or a quotation are left to the phrase rules, which read them. trigger-response: also flags a collector's sentence in the window that a model learned from the examples of the ignored_* categories and of acceptable answers (`answersRequest`) finds at least this likely to press on; absent, only `forbiddenAfter` flags.
   */
  minConfidence?: number;
}
/**
 * Text per language. Traditional Chinese falls back to the simplified text converted with OpenCC.
 */
export interface LocalizedText1 {
  zh?: string;
  'zh-Hant'?: string;
  en?: string;
}
export interface Near {
  /**
   * One phrase of each, in any order.
   *
   * @minItems 2
   */
  lexicons: [Id, Id, ...Id[]];
  /**
   * At most this many characters from the start of the first phrase to the end of the last.
   */
  within: number;
}
/**
 * forbidden-phrase: words that change what the rule's words mean (排除词). A finding does not stand when a phrase of one of these lexicons is said within `within` characters of it in the same clause: '你天天在朋友圈晒' names 朋友圈 but tells it nothing, nor does 'you post vacation pictures on Facebook'.
 */
export interface Except {
  /**
   * A phrase of any of them voids a finding near it.
   *
   * @minItems 1
   */
  lexicons: [Id, ...Id[]];
  /**
   * At most this many characters between the phrase and the finding's words (0: touching or overlapping).
   */
  within: number;
}
/**
 * order: what must come first.
 */
export interface Matcher {
  /**
   * @minItems 1
   */
  lexicons: [Id, ...Id[]];
  /**
   * @minItems 1
   */
  speakers: [Speaker, ...Speaker[]];
  /**
   * Also matches a turn the built-in NLU reads as one of these intents (stop_contact, attorney, dispute, hardship…), whatever its words: the bot's and the inspector's understanding are one.
   *
   * @minItems 1
   */
  intents?: [Id, ...Id[]];
}
/**
 * order: what may only come after `first`.
 */
export interface Matcher1 {
  /**
   * @minItems 1
   */
  lexicons: [Id, ...Id[]];
  /**
   * @minItems 1
   */
  speakers: [Speaker, ...Speaker[]];
  /**
   * Also matches a turn the built-in NLU reads as one of these intents (stop_contact, attorney, dispute, hardship…), whatever its words: the bot's and the inspector's understanding are one.
   *
   * @minItems 1
   */
  intents?: [Id, ...Id[]];
}
/**
 * trigger-response: what the debtor says.
 */
export interface Matcher2 {
  /**
   * @minItems 1
   */
  lexicons: [Id, ...Id[]];
  /**
   * @minItems 1
   */
  speakers: [Speaker, ...Speaker[]];
  /**
   * Also matches a turn the built-in NLU reads as one of these intents (stop_contact, attorney, dispute, hardship…), whatever its words: the bot's and the inspector's understanding are one.
   *
   * @minItems 1
   */
  intents?: [Id, ...Id[]];
}
/**
 * trigger-response: what the collector must not go on with.
 */
export interface Matcher3 {
  /**
   * @minItems 1
   */
  lexicons: [Id, ...Id[]];
  /**
   * @minItems 1
   */
  speakers: [Speaker, ...Speaker[]];
  /**
   * Also matches a turn the built-in NLU reads as one of these intents (stop_contact, attorney, dispute, hardship…), whatever its words: the bot's and the inspector's understanding are one.
   *
   * @minItems 1
   */
  intents?: [Id, ...Id[]];
}
export interface Scorecard {
  /**
   * Points a call starts with.
   */
  start: number;
  passMark: number;
  /**
   * Points deducted per finding of each severity.
   */
  deductions: {
    critical: number;
    major: number;
    minor: number;
    info?: number;
  };
  /**
   * Any critical finding fails the call and opens a compliance review.
   */
  criticalFails: boolean;
}
/**
 * Contact guardrails every contact passes before it is made. Every limit is a parameter here, never a constant in code; the strictest applicable rule wins.
 */
export interface PolicyDocument {
  kind: 'policy';
  schemaVersion: SchemaVersion;
  id: Id;
  name: Name;
  description: Description;
  /**
   * ISO 3166 country (or subdivision) whose rules this policy encodes.
   */
  jurisdiction: string;
  /**
   * Permitted contact windows in the debtor's local time. With several candidate zones, only times permitted in all of them.
   *
   * @minItems 1
   */
  quietHours: [ContactWindow, ...ContactWindow[]];
  caps: Caps;
  optOuts?: {
    /**
     * Channels whose opt-out the policy enforces.
     */
    honour: Channel[];
    smsMustCarryOptOut?: boolean;
  };
  /**
   * Case flags that stop all collection contact.
   */
  ceaseFlags: (
    | 'dispute'
    | 'attorney'
    | 'bankruptcy'
    | 'deceased'
    | 'stop_contact'
    | 'breathing_space'
    | 'vulnerable'
    | 'complaint'
    | 'fraud'
  )[];
  thirdParty: ThirdPartyRules;
  agencies?: AgencyRules;
}
export interface ContactWindow {
  /**
   * @minItems 1
   */
  channels: [Channel, ...Channel[]];
  /**
   * Absent: every day.
   */
  days?: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[];
  start: LocalTime;
  end: LocalTime;
}
/**
 * Frequency caps, counted per debtor across every number, channel, the bot, agents and agencies.
 */
export interface Caps {
  /**
   * Effective voice conversations with the debtor per local day.
   */
  conversationsPerDebtorPerDay?: number;
  /**
   * Unanswered voice attempts per phone number per local day.
   */
  attemptsPerPhonePerDay?: number;
  smsPerDebtorPerDay?: number;
  sevenInSeven?: SevenInSeven;
}
/**
 * US Regulation F, 12 CFR 1006.14(b)(2): per debt, at most `maxCalls` calls within `windowDays` consecutive days, and none within `windowDays` days after a telephone conversation about the debt.
 */
export interface SevenInSeven {
  enabled: boolean;
  maxCalls?: number;
  windowDays?: number;
}
export interface ThirdPartyRules {
  /**
   * Whether third parties may be contacted at all.
   */
  allowed: boolean;
  purposes?: ('location' | 'relay-message')[];
  onlyWhenDebtorUnreachable?: boolean;
  /**
   * US: once per person.
   */
  maxContactsPerPerson?: number;
  neverAfterRefusal?: boolean;
}
export interface AgencyRules {
  /**
   * An agency not reviewed within this many days receives no new cases.
   */
  reviewIntervalDays: number;
  /**
   * Which violation records bar an agency.
   */
  blockOnViolation: 'confirmed' | 'any';
  registry: Agency[];
}
export interface Agency {
  id: Id;
  name: Name;
  status: 'active' | 'suspended' | 'terminated';
  lastReviewedAt: string;
  violations?: AgencyViolation[];
}
export interface AgencyViolation {
  date: string;
  type:
    'violent-collection' | 'threat' | 'third-party-harassment' | 'privacy-breach' | 'impersonation' | 'other';
  confirmed: boolean;
  /**
   * Case or report number of the evidence.
   */
  reference?: string;
}
/**
 * One overdue account (one JSONL line). The standard fields below are known to every flow; a flow declares any further attributes it uses in its `caseFields`.
 */
export interface Case {
  /**
   * The case id, unique in the portfolio.
   */
  id: string;
  /**
   * Days past due.
   */
  dpd: number;
  /**
   * Outstanding balance in `currency`.
   */
  balance: number;
  /**
   * The amount past due (what must be paid to cure).
   */
  overdueAmount?: number;
  /**
   * ISO 4217 code, e.g. CNY, USD.
   */
  currency: string;
  /**
   * IANA zone of the debtor's address, e.g. Asia/Shanghai.
   */
  timezone: string;
  /**
   * ISO 3166 country (optionally subdivision) whose rules apply, e.g. CN, US-CA.
   */
  jurisdiction?: string;
  language?: Lang;
  /**
   * The debtor's name as the bot and agents address them.
   */
  name?: string;
  /**
   * The creditor's name, said in calls and messages.
   */
  lender?: string;
  /**
   * Product line, e.g. card, cash_loan, bnpl, auto.
   */
  product?: string;
  /**
   * Collection or risk score (higher = more likely to pay).
   */
  score?: number;
  dueDate?: string;
  lastPaymentDate?: string;
  promisesKept?: number;
  promisesBroken?: number;
  /**
   * Last four characters of the ID number, for identity verification.
   */
  idLast4?: string;
  birthDate?: string;
  /**
   * Numbers on file. Only the debtor's (and a guarantor's) may be used to collect.
   */
  phones?: Phone[];
  /**
   * Debts under this case when counted separately (US Regulation F counts calls per debt). Absent: one debt with the case id.
   */
  debts?: Debt[];
  /**
   * Conditions that change what may be done. Cease flags (dispute, attorney, bankruptcy, deceased, stop_contact, breathing_space) stop collection contact.
   */
  flags?: (
    | 'vulnerable'
    | 'dispute'
    | 'attorney'
    | 'bankruptcy'
    | 'deceased'
    | 'stop_contact'
    | 'breathing_space'
    | 'hardship'
    | 'complaint'
    | 'legal'
    | 'fraud'
  )[];
  /**
   * Channels the debtor opted out of.
   */
  optOuts?: ('voice' | 'sms' | 'email')[];
  /**
   * Contact the debtor agreed to directly (e.g. a callback at a given time).
   */
  consents?: Consent[];
  /**
   * The agency currently holding the case, if placed.
   */
  agencyId?: string;
  tags?: string[];
  [k: string]: unknown | undefined;
}
export interface Phone {
  number: string;
  owner: 'debtor' | 'guarantor' | 'third_party';
  /**
   * For a third party: spouse, parent, colleague, friend...
   */
  relation?: string;
  /**
   * IANA zone implied by the number (area code), when it differs from the address.
   */
  timezone?: string;
  optedOut?: boolean;
  /**
   * A third party who refused further contact: never contacted again.
   */
  refused?: boolean;
}
export interface Debt {
  id: string;
  balance?: number;
  timeBarred?: boolean;
}
export interface Consent {
  channel: 'voice' | 'sms' | 'email';
  givenAt: string;
  until?: string;
  /**
   * The debtor agreed to be called within quiet hours.
   */
  quietHours?: boolean;
}
/**
 * One call or message thread (one JSONL line), as recorded by the bot, an agent system or an agency.
 */
export interface Transcript {
  id: string;
  caseId?: string;
  /**
   * With its UTC offset.
   */
  startedAt: string;
  /**
   * IANA zone of the debtor, for permitted-hours checks.
   */
  timezone?: string;
  channel: 'voice' | 'sms' | 'chat';
  direction?: 'outbound' | 'inbound';
  /**
   * Who collected: the bot, an in-house agent or an agency agent.
   */
  collector?: {
    kind: 'bot' | 'agent' | 'agency';
    agentId?: string;
    agencyId?: string;
  };
  turns: Turn[];
}
export interface Turn {
  speaker: 'bot' | 'agent' | 'debtor' | 'third_party' | 'unknown';
  text: string;
  startMs?: number;
  endMs?: number;
}
