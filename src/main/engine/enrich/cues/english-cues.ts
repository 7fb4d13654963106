// English cues (cue.ts), on folded text: contractions stay one token ("don't"), shorthand is expanded ("havent").
import { cue, FEW_EN, MONEY, type Cue } from './cue.ts';

const SPAN = String.raw`(?:${FEW_EN}) (?:min\w*|hours?|hrs?|h|days?|weeks?|wks?|months?)|\d+h`;
/** Up to 80 characters that do not end the sentence. */
const SAME_SENTENCE = String.raw`(?:(?! [.!?](?: |$)).){0,80}`;
const NOBODY = String.raw`nobody|no one|noone|no-one`;

export const ENGLISH_CUES: readonly Cue[] = [
  // Promises not kept: still not, yet to, not yet.
  cue(
    'complaint',
    -3,
    String.raw`still (?:not|no|nothing|waiting|haven't|hasn't|broken|the same|on|pulls|rattl\w*|doesn't|isn't|processing|without|no sign|missing|late)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:have|has|i've|we've) yet to|yet to (?:hear|receive|get|see|be)|not (?:yet|even) (?:arrived|received|started|refunded|fixed)`,
  ),
  cue('complaint', -3, String.raw`the same (?:problem|issue|noise|rattle|fault|warning light)`),
  // Waits counted in hours, days, weeks.
  cue(
    'complaint',
    -2,
    String.raw`(?:it's|it has) been (?:${SPAN})|(?:been|was) (?:waiting|standing|sitting|on hold|stuck) (?:for|since)?`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:${SPAN}) (?:late|delay\w*|on hold|waiting|wait|queue|off the road|in the queue|stuck|standing)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:${SPAN}|${MONEY}) (?:for|to|just to|in labou?r for|in labou?r to) (?:a|an|the|my|one|1|change|plug|read|tell|fix|replace|be told|get|receive|a single|a simple)`,
  ),
  cue('complaint', -2, String.raw`waited (?:${SPAN}|over|more than|for)|waiting (?:for|on) (?:${SPAN})`),
  // The same failure again.
  cue(
    'complaint',
    -1,
    String.raw`(?:third|fourth|fifth|3rd|4th|5th|second|2nd) (?:time|visit)|(?:another|yet another) |again \.|again !|every single (?:week|time|day)`,
  ),
  // Nobody answers, nobody knows.
  cue(
    'complaint',
    -3,
    String.raw`(?:${NOBODY}) (?:calls?|called|answers?|answered|replies|replied|knows|knew|picks?|picked|follows|around|to help|got back|came|ever|has|at)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:no|not a|not one|zero|0|without|without a|without any) (?:reply|replies|response|answer|call|calls|call back|callback|emails?|info\w*|updates?|apology|apologies|explanation|word|staff|loaner|goodwill|communication|air con|aircon|sign)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`just rings|rings out|rings and rings|hung up|hang up|hangs up|hanging up|put (?:you |me |us )?on hold|on hold for|(?:${SPAN}) of (?:hold music|waiting|queu\w*|being on hold)`,
  ),
  cue('complaint', -2, String.raw`(?:in|after) (?:only|just|a mere) (?:${FEW_EN}) (?:days?|weeks?|months?)`),
  cue(
    'complaint',
    -3,
    String.raw`can't (?:reach|get through|get hold|contact|buy|pay|get an? answer)|won't (?:reply|respond|answer|call|refund)`,
  ),
  cue('complaint', -3, String.raw`never (?:got|received|arrived|came|showed|turned up|heard|called|answered|replied)`),
  cue('complaint', -2, String.raw`without (?:telling|warning|notice|a word|asking|my (?:approval|consent|permission))`),
  // Bills above the quote, charges never asked for.
  cue(
    'complaint',
    -3,
    String.raw`(?:quote|quoted|estimate|shelf price|website said|site said|advertised|listed)${SAME_SENTENCE}(?:bill|billed|charged|invoice|rang up|rings up)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:over|above) the (?:estimate|quote)|(?:extra|more) on the (?:bill|invoice)|(?:${MONEY}|\d+ ?%) (?:extra|more|over)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`charged (?:me )?(?:twice|double|for)|double charged|got charged|billed twice|charged twice`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`never asked for|didn't ask for|rip ?off|want (?:a|my) refund|give me my money back|my money back|refund (?:denied|refused)|not refunded`,
  ),
  // Pointed words.
  cue('complaint', -4, String.raw`thanks for nothing`),
  cue(
    'complaint',
    -3,
    String.raw`never again|is this a joke|what a joke|is a joke|don't bother|done with (?:this|you)|won't be (?:going|coming) back|never (?:going|coming) back`,
  ),
  cue('complaint', -2, String.raw`not once|care to explain|explain (?:this|that|why)|we're on our own|on our own`),
  // Things not done, not come, not there.
  cue(
    'complaint',
    -2,
    String.raw`out of order|out of stock|nothing (?:is )?(?:ever )?in stock|(?:never|didn't) (?:happen\w*|show\w* up|turn\w* up)|wasn't (?:in|done|ready)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`nothing like (?:the|what|it|in)|in a (?:state|mess)|when it works|(?:just )?love (?:paying|waiting|queu\w*)|what a (?:joy|treat|pleasure) (?:to|,)`,
  ),
  cue('complaint', -1, String.raw`" [^"]{1,40} "|« [^»]{1,40} »|cost (?:me )?(?:${MONEY})|paid (?:${MONEY})`),
  cue('complaint', -3, String.raw`[0-3] / 10|[01] / 5|zero out of (?:ten|10)|(?:0|1) star`),
  cue(
    'complaint',
    -2,
    String.raw`rolled (?:her|his|their) eyes|sent (?:me )?to (?:${FEW_EN}) different|going round in circles|no record of`,
  ),
  cue('complaint', -2, String.raw`(?:one|1) (?:guy|person|cashier) (?:working|for)|(?:${FEW_EN}) tills? open`),
  cue(
    'complaint',
    -3,
    String.raw`hidden (?:fees|charges)|daylight robbery|took forever|for ages|waited ages|an eternity|(?:what|such) a (?:shambles|mess|disgrace|nightmare)|fed up|sick of|had enough`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:more|higher) than (?:the )?(?:quote|quoted|estimate|advertised)|double the (?:quote|estimate|price)|(?:extra|additional) (?:fees|charges|costs)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:are you|you can't be) serious|is this normal|why is it so (?:hard|difficult|slow|expensive|complicated)|so (?:hard|difficult) to|not even (?:a|an|one)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`when (?:will|do|can) (?:(?! [.!?] ).){0,40}finally|never (?:\w+ed|got)(?! (?:disappointed|a bad))|(?:zero|0) (?:contact|effort|respect|care|communication|competence)`,
  ),
  // Promises broken, customers lost, time wasted, effort the customer had to make.
  cue(
    'complaint',
    -2,
    String.raw`(?:was|were) (?:promised|told|assured|guaranteed)|(?:promised|assured|guaranteed) (?:me|us)|(?:said|told me|quoted) (?:${FEW_EN}) (?:hours?|days?|weeks?)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:going|go|take my business|taking my business|shop) elsewhere|lost a (?:customer|client)|last time i (?:use|shop|book|come)\w*`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`wast(?:ed|ing) (?:my|our|the|a) (?:whole |entire )?(?:time|morning|day|afternoon|evening|weekend)|waste of (?:time|money)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`expected (?:better|more)|pass(?:ing|es)? the buck|gone awol|missing in action|nowhere to be (?:found|seen)|goes to voicemail`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`had to (?:call|come back|chase|ask|go back|phone|email|return)|(?:${FEW_EN}|\d+) times|(?:second|third|fourth) time i`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`without (?:fixing|doing|solving|resolving|repairing) anything|nothing (?:was |got )?(?:fixed|done|resolved|solved)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`broke down again|again after the (?:repair|service|fix)|(?:${FEW_EN}) (?:days?|weeks?) after the (?:repair|service|fix)|there wasn't one|there was none`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:replaced|changed|charged (?:me )?for) (?:a|the) \w+ (?:that|which) (?:wasn't|was not|didn't)|why (?:was i|am i|did you|have i been) (?:charged|billed)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`top dollar|bargain(?:-| )basement|seriously \?|really \?|can't get (?:anyone|anybody|hold of|through)|not on \.`,
  ),
  // Irony marks.
  cue(
    'sarcasm',
    0,
    String.raw`such (?:efficiency|speed|professionalism)|what (?:efficiency|service|professionalism)|quality (?:customer )?service :|well done on|yeah right|oh (?:great|wonderful|lovely|brilliant|good)|sure \.|sure !|^sure ,|lol|lmao|when it works|apparently|welcome to|really \.|really \?`,
  ),
  cue('sarcasm', 0, String.raw`" [^"]{1,40} "|« [^»]{1,40} »|🙄|🙃|😒|😏|10 ?/ ?10 would`),
  cue(
    'sarcasm',
    0,
    String.raw`what a (?:joy|treat|pleasure|delight)|(?:just )?love (?:how|paying|waiting|being)|lovely customer|great job ,|great way to|gotta love|got to love|you've got to love|(?:great|brilliant|genius) idea`,
  ),
  // Praise the words miss.
  cue('praise', 2, String.raw`not bad|not too bad`),
  cue('praise', 3, String.raw`can't thank (?:you|them|the team|you guys) enough|thank you so much|many thanks`),
  cue(
    'praise',
    2,
    String.raw`(?:scratch\w*|dents?|noises?|problems?|issues?|leaks?|rattles?|stains?) (?:\w+ ){0,2}(?:are|is|has|have) (?:gone|disappeared|vanished)`,
  ),
  cue('praise', 2, String.raw`no (?:complaints?|problems?|issues?|regrets|bad surprises?|hassle|fuss|questions asked)`),
  cue(
    'praise',
    3,
    String.raw`nothing to (?:complain about|fault|say|add|complain)|can't fault|couldn't fault|can't complain`,
  ),
  cue(
    'praise',
    3,
    String.raw`(?:not|never|never been) disappointed|never (?:had a bad|failed|let me down|regretted)|couldn't (?:be happier|do enough|ask for more)|blown away`,
  ),
  cue('praise', 1, String.raw`on time|ahead of schedule|arrived early|in no time|right away`),
  cue(
    'praise',
    3,
    String.raw`hats off|well done|spot on|you rock|guys rock|made my day|deserves a raise|hands down|top notch|top-notch`,
  ),
  cue(
    'praise',
    2,
    String.raw`(?:we'll|i'll|we will|i will|will) (?:definitely )?(?:be back|come back|return)|would recommend|saved (?:me|my|the)`,
  ),
  cue('praise', 1, String.raw`in (?:${FEW_EN}) (?:min\w*|hours?|hrs?|h)|in \d+h|not expensive|inexpensive`),
  cue('rhetoric', 3, String.raw`what more could (?:you|i|anyone|one) (?:want|ask for)|who could ask for more`),
  // Requests without a question mark.
  cue(
    'ask',
    0,
    String.raw`(?:i'd|i would) like to know|(?:please )?let (?:me|us) know|wondering (?:if|whether)|any idea|anyone know|does anyone|can you|could you|do you`,
  ),
  // Bad luck, no one blamed.
  cue(
    'mishap',
    -1,
    String.raw`broke down|breakdown|broken down|flat (?:tyre|tire)|accident|battery (?:is )?dead|sad to`,
  ),
];
