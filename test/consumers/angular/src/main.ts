import { provideBrowserGlobalErrorListeners } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { setAssetBase } from 'cert-elements/classes';
import { App } from './app/app';

// angular.json copies the library's files (PDF fonts, demo badges) to cert-elements-assets/.
setAssetBase(new URL('cert-elements-assets/', document.baseURI));
bootstrapApplication(App, { providers: [provideBrowserGlobalErrorListeners()] }).catch((error) => console.error(error));
