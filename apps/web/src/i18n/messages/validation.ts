/**
 * What a form says when a value is refused: the field by its label, the limit, and how to put it
 * right. `{field}` is the label as the form shows it. The Italian object defines the keys; the
 * English one must provide the same.
 */
export const validationIt = {
  'validation.summary': 'Correggi i campi segnalati.',
  'validation.required': 'Compila il campo «{field}»: è obbligatorio.',
  'validation.tooLong':
    'Il campo «{field}» può contenere al massimo {max, plural, one {# carattere} other {# caratteri}}: accorcia il testo.',
  'validation.tooLongActual':
    'Il campo «{field}» può contenere al massimo {max, plural, one {# carattere} other {# caratteri}}: ne contiene {actual}. Accorcia il testo.',
  'validation.tooShort':
    'Il campo «{field}» deve contenere almeno {min, plural, one {# carattere} other {# caratteri}}: completa il testo.',
  'validation.tooManyItems':
    'Nel campo «{field}» si possono indicare al massimo {max, plural, one {# voce} other {# voci}}: togli quelle in più.',
  'validation.tooManyItemsActual':
    'Nel campo «{field}» si possono indicare al massimo {max, plural, one {# voce} other {# voci}}: {actual, plural, one {ne è indicata #} other {ne sono indicate #}}. Togli quelle in più.',
  'validation.tooFewItems':
    'Nel campo «{field}» indica almeno {min, plural, one {# voce} other {# voci}}.',
  'validation.numberTooBig':
    'Il campo «{field}» ammette valori fino a {max}: indica un numero non superiore.',
  'validation.numberTooBigStrict':
    'Il campo «{field}» ammette solo valori inferiori a {max}: indica un numero più basso.',
  'validation.numberTooSmall':
    'Il campo «{field}» ammette valori a partire da {min}: indica un numero non inferiore.',
  'validation.numberTooSmallStrict':
    'Il campo «{field}» ammette solo valori superiori a {min}: indica un numero più alto.',
  'validation.notInteger': 'Il campo «{field}» ammette solo numeri interi, senza decimali.',
  'validation.notNumber': 'Il campo «{field}» deve contenere un numero, ad esempio 12 oppure 12,5.',
  'validation.email':
    'Il campo «{field}» deve contenere un indirizzo e-mail valido, ad esempio nome@comune.it.',
  'validation.date':
    'Il campo «{field}» deve contenere una data valida nel formato gg/mm/aaaa, ad esempio 26/03/2012.',
  'validation.dateTime':
    'Il campo «{field}» deve contenere data e ora valide, ad esempio 26/03/2012 17:45.',
  'validation.choose': 'Scegli un valore dall’elenco del campo «{field}».',
  'validation.url':
    'Il campo «{field}» deve contenere un indirizzo web completo, che inizi con https://, ad esempio https://www.comune.pavia.it.',
  'validation.urlOrEmpty':
    'Il campo «{field}» deve contenere un indirizzo web che inizi con http:// o https://, oppure restare vuoto.',
  'validation.postalCode':
    'Il campo «{field}» deve contenere un CAP di cinque cifre, ad esempio 27100.',
  'validation.format':
    'Il campo «{field}» non è scritto nel formato richiesto: controllalo e correggilo.',
  'validation.plainText':
    'Il campo «{field}» contiene caratteri di controllo, invisibili e non ammessi (capita copiando da altri programmi): riscrivi il testo o incollalo senza formattazione.',
  'validation.unknownField':
    'Il modulo ha inviato dati che il servizio non prevede ({keys}): ricarica la pagina e riprova.',
  'validation.codeFormat':
    'Il campo «{field}» ammette solo lettere maiuscole, cifre, il trattino (-) e il trattino basso (_), ad esempio AREA_2.',
  'validation.invalid': 'Il valore del campo «{field}» non è valido: controllalo e correggilo.',
  'validation.percent':
    'Il campo «{field}» vuole un numero intero di punti percentuali, da 0 a 100.',
  'validation.yearFormat':
    'Il campo «{field}» deve contenere un anno di quattro cifre, ad esempio 2012.',
  'validation.endBeforeStart':
    'L’anno di fine non può precedere l’anno di inizio: indica un anno uguale o successivo.',
  'validation.periodTooLong':
    'Il periodo di programmazione può durare al massimo sei anni, compresi l’anno di inizio e quello di fine: indica un anno di fine più vicino.',
  'validation.notInPlan':
    'L’elemento indicato nel campo «{field}» non fa parte di questo piano: scegline uno dall’elenco.',
  'validation.notMunicipality':
    'Il Comune indicato nel campo «{field}» non fa parte del distretto: scegline uno dall’elenco.',
  'validation.notOrganization':
    'L’ente indicato nel campo «{field}» non è registrato nel distretto: scegline uno dall’elenco o aggiungilo.',
  'validation.unknownCode':
    'Il codice indicato nel campo «{field}» non è presente nella classificazione: scegline uno dall’elenco.',
  'validation.listedTwice':
    'Nel campo «{field}» una voce è ripetuta: indica ogni voce una sola volta.',
  'validation.decimals':
    'Il campo «{field}» ammette al massimo due cifre decimali, ad esempio 1,25.',
  'validation.endDateBeforeStart':
    'La data di fine non può precedere la data di inizio: indica una data uguale o successiva.',
  'validation.gradingOrder':
    'In una fascia di valutazione la percentuale «A %» non può essere minore della percentuale «Da %»: correggi una delle due.',
  'validation.planPeriodTaken':
    'Esiste già un piano per questo periodo: scegli anni diversi oppure apri il piano esistente.',
  'validation.nameTaken':
    'Esiste già un elemento con questo nome nel distretto: scegli un nome diverso.',
  'validation.serviceNameTaken':
    'L’ente gestore ha già un servizio con questo nome: scegli un nome diverso.',
  'validation.dateNeedsAuthorization':
    'La data di autorizzazione si indica solo per un servizio autorizzato, accreditato o in attesa: scegli prima lo stato nel campo «Autorizzazione o accreditamento», oppure cancella la data.',
  'validation.thresholdsOrder':
    'La soglia «Raggiunto da» non può essere inferiore alla soglia «Parzialmente raggiunto da»: correggi una delle due.',
  'validation.oneTargetPerYear': 'Indica un solo valore obiettivo per ciascun anno.',
  'validation.indicatorOwner':
    'Collega l’indicatore a un obiettivo oppure a un’azione, non a entrambi.',
  'validation.sharesSum':
    'Le quote dei Comuni sommano {sum} % invece di 100 %: correggi le percentuali.',
  'validation.basisPoints': 'Il campo «{field}» ammette una percentuale tra 0 e 100.',
  'validation.toBeforeFrom':
    'La data del campo «{field}» non può precedere quella di inizio: indica un giorno uguale o successivo.',
} as const;

export const validationEn: Record<keyof typeof validationIt, string> = {
  'validation.summary': 'Correct the fields marked below.',
  'validation.required': 'Fill in “{field}”: it is required.',
  'validation.tooLong':
    '“{field}” can hold at most {max, plural, one {# character} other {# characters}}: shorten the text.',
  'validation.tooLongActual':
    '“{field}” can hold at most {max, plural, one {# character} other {# characters}}: it has {actual}. Shorten the text.',
  'validation.tooShort':
    '“{field}” needs at least {min, plural, one {# character} other {# characters}}: complete the text.',
  'validation.tooManyItems':
    '“{field}” takes at most {max, plural, one {# item} other {# items}}: remove the extra ones.',
  'validation.tooManyItemsActual':
    '“{field}” takes at most {max, plural, one {# item} other {# items}}: {actual, plural, one {# is given} other {# are given}}. Remove the extra ones.',
  'validation.tooFewItems':
    'Give at least {min, plural, one {# item} other {# items}} in “{field}”.',
  'validation.numberTooBig': '“{field}” takes values up to {max}: enter a number no greater.',
  'validation.numberTooBigStrict': '“{field}” takes only values below {max}: enter a lower number.',
  'validation.numberTooSmall': '“{field}” takes values from {min} up: enter a number no lower.',
  'validation.numberTooSmallStrict':
    '“{field}” takes only values above {min}: enter a higher number.',
  'validation.notInteger': '“{field}” takes whole numbers only, without decimals.',
  'validation.notNumber': '“{field}” must be a number, for example 12 or 12.5.',
  'validation.email': '“{field}” must be a valid e-mail address, for example name@example.org.',
  'validation.date': '“{field}” must be a valid date written dd/mm/yyyy, for example 26/03/2012.',
  'validation.dateTime': '“{field}” must be a valid date and time, for example 26/03/2012 17:45.',
  'validation.choose': 'Choose a value from the list of “{field}”.',
  'validation.url':
    '“{field}” must be a full web address starting with https://, for example https://www.comune.pavia.it.',
  'validation.urlOrEmpty':
    '“{field}” must be a web address starting with http:// or https://, or stay empty.',
  'validation.postalCode': '“{field}” must be a five-digit postal code, for example 27100.',
  'validation.format': '“{field}” is not written in the expected format: check and correct it.',
  'validation.plainText':
    '“{field}” contains control characters, invisible and not allowed (this happens when copying from other programs): type the text again or paste it without formatting.',
  'validation.unknownField':
    'The form sent data the service does not expect ({keys}): reload the page and try again.',
  'validation.codeFormat':
    '“{field}” takes only capital letters, digits, the dash (-) and the underscore (_), for example AREA_2.',
  'validation.invalid': 'The value of “{field}” is not valid: check and correct it.',
  'validation.percent': '“{field}” takes a whole percent, from 0 to 100.',
  'validation.yearFormat': '“{field}” must be a four-digit year, for example 2012.',
  'validation.endBeforeStart':
    'The end year cannot precede the start year: enter the same year or a later one.',
  'validation.periodTooLong':
    'A planning period lasts at most six years, counting the start and end years: enter an earlier end year.',
  'validation.notInPlan':
    'The item given in “{field}” is not part of this plan: choose one from the list.',
  'validation.notMunicipality':
    'The municipality given in “{field}” is not in the district: choose one from the list.',
  'validation.notOrganization':
    'The organization given in “{field}” is not registered in the district: choose one from the list or add it.',
  'validation.unknownCode':
    'The code given in “{field}” is not in the classification: choose one from the list.',
  'validation.listedTwice': 'An entry of “{field}” is repeated: give each entry once.',
  'validation.decimals': '“{field}” takes at most two decimals, for example 1.25.',
  'validation.endDateBeforeStart':
    'The end date cannot precede the start date: enter the same date or a later one.',
  'validation.gradingOrder':
    'In a grading range the “To %” percentage cannot be lower than the “From %” one: correct one of them.',
  'validation.planPeriodTaken':
    'A plan for this period already exists: choose other years or open the existing plan.',
  'validation.nameTaken':
    'An item with this name already exists in the district: choose another name.',
  'validation.serviceNameTaken':
    'The provider already has a service with this name: choose another name.',
  'validation.dateNeedsAuthorization':
    'An authorization date goes only with a service that is authorized, accredited or pending: choose that status in “Authorization or accreditation” first, or clear the date.',
  'validation.thresholdsOrder':
    'The “Reached from” threshold cannot be below the “Partly reached from” threshold: correct one of them.',
  'validation.oneTargetPerYear': 'Give one target value per year.',
  'validation.indicatorOwner': 'Link the indicator to an objective or to an action, not both.',
  'validation.sharesSum':
    'The municipalities’ shares add up to {sum} % instead of 100 %: correct the percentages.',
  'validation.basisPoints': '“{field}” takes a percentage between 0 and 100.',
  'validation.toBeforeFrom':
    'The day in “{field}” cannot precede the start day: enter the same day or a later one.',
};
