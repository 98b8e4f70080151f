/**
 * Wire shapes of the self-built app's message calls (message/send doc 90236,
 * template cards doc 90236#模板卡片消息, update doc 94888). Field names are
 * WeCom's own.
 */

/** One button of a `button_interaction` card. style: 1 primary … 4 (WeCom's palette). */
export interface CardButton {
  text: string;
  style?: 1 | 2 | 3 | 4;
  /** Comes back as EventKey in template_card_event. */
  key: string;
}

/** A template card whose buttons call us back (template_card_event). */
export interface ButtonInteractionCard {
  card_type: "button_interaction";
  source?: { icon_url?: string; desc?: string; desc_color?: 0 | 1 | 2 | 3 };
  main_title: { title: string; desc?: string };
  sub_title_text?: string;
  horizontal_content_list?: Array<{ keyname: string; value?: string; type?: 0 | 1 | 2 | 3; url?: string; userid?: string }>;
  card_action?: { type: 0 | 1 | 2; url?: string; appid?: string; pagepath?: string };
  /** Unique per app, ≤ 128 B of [0-9A-Za-z_-@]; identifies the card in callbacks and updates. */
  task_id: string;
  button_list: CardButton[];
}

/** What message/send answers (doc 90236). */
export interface AppSendResult {
  msgid: string;
  /** "a|b": recipients WeCom could not reach (unknown, or outside the app's visibility). */
  invaliduser?: string;
  unlicenseduser?: string;
  /** Only for interactive cards: lets us update the card once (message/update_template_card). */
  response_code?: string;
}

/** Options WeCom offers on every message/send. */
export interface AppSendOptions {
  /** WeCom drops an identical message to the same recipient within the interval. */
  enableDuplicateCheck?: boolean;
  /** Seconds, default 1800, at most 4 h. */
  duplicateCheckIntervalSeconds?: number;
}

/**
 * Updates a card after a click. `replaceName` turns its buttons into one
 * disabled button with that text (the common "已确认" acknowledgement); `card`
 * replaces the whole card instead.
 */
export type CardUpdate =
  | { userids: string[]; responseCode: string; replaceName: string }
  | { userids: string[]; responseCode: string; card: ButtonInteractionCard };
