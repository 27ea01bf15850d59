
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'partners.count.few': str`${0} partenaires`,
'partners.count.many': str`${0} partenaires`,
'partners.count.one': str`${0} partenaire`,
'partners.count.other': str`${0} partenaires`,
's018a185779613eb3': `Pays prioritaire`,
's01ef74bfc01fc2db': `OSCE`,
's026a6b789d5c0b1e': `En cours`,
's036d3e642f91aa39': `Appartenance`,
's087c75fa9ae0f250': `Ce contenu est introuvable. Il a peut-être été supprimé.`,
's0d271cb9272d3096': `Un problème est survenu lors du chargement de ce contenu.`,
's123543ca3490b0b8': `Le serveur de contenu a envoyé des données dans un format inattendu.`,
's155e35813a089462': `Suspendu`,
's1a83be19793cefd7': str`${0} : partenaire`,
's1e4c27b64a4bb503': `Nom, dans n’importe quelle langue`,
's1f4b64810123cf83': `non confirmé`,
's24761a0cc8d9c0aa': `Organisation`,
's2c8189544e3ea679': `Réessayer`,
's3bb786d3b55ba37c': `Annulé`,
's43c04eb4bd4cddbe': `Route du Nord`,
's4406e2a8264d6a3e': `Route`,
's48e7505a4c6c5340': `Nom, de A à Z`,
's4caffac081d7c447': `s’ouvre dans un nouvel onglet`,
's5033dab8c17f05f2': `Terminé`,
's507a772689d29a42': `Aucun partenaire ne correspond à ces filtres.`,
's5d929ff1619ac0c9': `Rechercher`,
's5e88d466615ffdfe': `Nom, de Z à A`,
's5fd662a8d9962ec1': `Rechercher des partenaires`,
's619e704dee2417c2': str`${0} : membre possible`,
's644b4e3cd4845bbe': `Appartenances`,
's65e5ea4e296d3b9c': `Partenaire de l’OSCE pour la coopération`,
's6ebc9bd6feae62a3': `Chargement…`,
's70af97de3ad8fb23': `Type`,
's79ae03d2b9822524': `Le serveur de contenu a rencontré un problème. Réessayez dans un instant.`,
's82665b2ffabc9c0a': `Site web`,
's8a7bee24f1eeaff1': `Trier`,
's937b0f3c05ec8b48': `Route du Sud`,
's9cf7402fe920f7d1': `Pays`,
'sa7946a9034810678': `Le serveur de contenu est injoignable. Réessayez dans un instant.`,
'sb2c57b2d347203dd': `Afficher plus`,
'sb936bb0e79f3e9ce': `Tableau des partenaires`,
'sc079305a7d544e25': `Prévu`,
'sc68eaf11feee5f27': `Route des Balkans`,
'sc6d91f27c791926a': `Rien à afficher.`,
'sc8fed9fcf712c7ac': `Vous semblez être hors ligne. Reconnectez-vous et réessayez.`,
'scbccd5800a0cb5da': `Le serveur de contenu est surchargé. Réessayez dans un instant.`,
'sd0473e56fb368b37': `Le serveur de contenu a refusé la requête. Vérifiez les attributs de cet élément.`,
'sdeddce86d2bbe45c': `Pacte de Paris`,
'se17a18cb2609bdd8': str`${0} : ancien membre`,
'se1cd052e8bcbfab8': `Le serveur a mis trop de temps à répondre. Vérifiez votre connexion et réessayez.`,
'se253299d8c90f409': `Effacer les filtres`,
'se33694eeddc5096b': `Groupe Pompidou`,
'se51d70b9158ba0d7': `Routes`,
'se5d3a548053ca08e': `En voie d’achèvement`,
'sef49aec68fd1dc66': `Nom`,
'sf993bb199fefbe04': `Tous`,
    };
  