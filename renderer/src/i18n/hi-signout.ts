import type { MessageKey } from './en';

/** Hindi for en-signout.ts. */
export const hi_signout: Partial<Record<MessageKey, string>> = {
  'signout.title': 'इस लैपटॉप से साइन आउट करें',
  'signout.intro':
    'जब आप लैपटॉप वापस दें या कोई और इसे इस्तेमाल करेगा, तब इसका इस्तेमाल करें। FieldDesk उधारकर्ताओं के बारे में रखी सारी जानकारी, आपका पिन और सेव किए गए साइन-इन विवरण हटा देता है। जो काम अभी भेजा नहीं गया है, उसके रहते यह नहीं होगा, ताकि कुछ भी न खोए।',
  'signout.start': 'इस लैपटॉप से साइन आउट करें',
  'signout.checking': 'न भेजे गए काम की जाँच हो रही है…',
  'signout.refused': 'आप अभी भी साइन इन हैं: इस लैपटॉप पर कुछ काम अभी भेजा नहीं गया है, और साइन आउट करने से वह खो जाएगा।',
  'signout.unsent.credgenics.one': '1 आइटम अभी Credgenics तक नहीं पहुँचा है।',
  'signout.unsent.credgenics.many': '{count} आइटम अभी Credgenics तक नहीं पहुँचे हैं।',
  'signout.unsent.glaas.one': '1 आइटम अभी GLAAS तक नहीं पहुँचा है।',
  'signout.unsent.glaas.many': '{count} आइटम अभी GLAAS तक नहीं पहुँचे हैं।',
  'signout.refused.next': 'पहले उन्हें भेजें, फिर साइन आउट करें।',
  'signout.confirm':
    'इस लैपटॉप से उधारकर्ताओं का सारा डेटा, आपका पिन और सेव किए गए साइन-इन विवरण हटाएँ? यह वापस नहीं हो सकता। सब कुछ भेजा जा चुका है, इसलिए कोई काम नहीं खोएगा।',
  'signout.confirm.yes': 'हाँ, साइन आउट करें और हटाएँ',
  'signout.confirm.no': 'रद्द करें',
  'signout.working': 'साइन आउट हो रहा है और डेटा हटाया जा रहा है…',
  'signout.failed': 'साइन आउट पूरा नहीं हुआ: {message}',
  'signout.done': 'आप साइन आउट हो गए हैं। FieldDesk ने इस लैपटॉप से हटाया:',
  'signout.restart': 'फिर से शुरू करें',
  'signout.removed.database': 'उधारकर्ताओं का सारा सेव किया गया डेटा: लोन, विज़िट, भुगतान, जमा, KYC दस्तावेज़ और सिंक का इतिहास',
  'signout.removed.lock': 'पिन और वह कुंजी जो सेव किए गए उधारकर्ता डेटा को खोलती है',
  'signout.removed.sendKey': 'भेजे जाने के लिए रुके काम की कुंजी',
  'signout.removed.credgenicsToken': 'सेव किया गया Credgenics टोकन',
  'signout.removed.glaasLogin': 'सेव किया गया GLAAS यूज़रनेम और पासवर्ड',
  'signout.removed.connectionChecks': 'पिछली कनेक्शन जाँचों के नतीजे',
  'signout.removed.weakStorageChoice': 'साइन-इन विवरण को कम सुरक्षा के साथ रखने के बारे में आपकी पसंद',
  'signout.removed.agentIdentity': 'रसीदों और भुगतानों के लिए आपका नाम और ईमेल',
  'signout.glaas.refusedOne':
    'सेव किया गया GLAAS यूज़रनेम और पासवर्ड नहीं हटाया गया: इस लैपटॉप पर दर्ज 1 आइटम अभी GLAAS तक नहीं पहुँचा है, और उनके बिना वह भेजा नहीं जा सकता। पहले उसे भेजें, फिर उन्हें हटाएँ।',
  'signout.glaas.refusedMany':
    'सेव किया गया GLAAS यूज़रनेम और पासवर्ड नहीं हटाया गया: इस लैपटॉप पर दर्ज {count} आइटम अभी GLAAS तक नहीं पहुँचे हैं, और उनके बिना वे भेजे नहीं जा सकते। पहले उन्हें भेजें, फिर उन्हें हटाएँ।',
};
